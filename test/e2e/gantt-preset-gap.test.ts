// The China holiday preset holds only the years whose official arrangement had been published when
// the app was built. A schedule that runs into a later year says so, in the Gantt, until the team
// enters that year's days off in the working calendar themselves.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chinaCalendarYears } from '../../shared/domain/calendar/china-calendar';
import { claimAs, createProject, type Person } from './browser';
import { bar, barDates, openGantt, taskRow } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

const LAST_PUBLISHED = chinaCalendarYears().at(-1) ?? 0;
/** Two years past the preset's last, so the scenario holds after the preset gains a year. */
const UNPUBLISHED = LAST_PUBLISHED + 2;

/** Starts the task on a day typed into its Start cell and waits for its bar to get there. */
async function moveStart(page: Page, title: string, day: string): Promise<void> {
  await taskRow(page, title).locator('.gantt-cell--start').dblclick();
  await page.getByLabel('Start', { exact: true }).fill(day);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await barDates(page, title)).start).toBe(day);
}

describe('a schedule running past the published holiday arrangements', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  it('is flagged until the team enters that year’s days off', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower D', ['Fit-out']);
    await openGantt(ann.page);
    await bar(ann.page, 'Fit-out').waitFor();
    const note = ann.page.getByTestId('preset-gap');
    // a new task starts today, which may itself be past the preset once the real date has moved on:
    // first a day the preset covers (a Monday in March is a working day in every arrangement)
    await moveStart(ann.page, 'Fit-out', mondayInMarch(LAST_PUBLISHED));
    await expect.poll(() => note.count()).toBe(0);

    await moveStart(ann.page, 'Fit-out', mondayInMarch(UNPUBLISHED));
    await note.waitFor();
    expect(await note.textContent()).toMatch(new RegExp(`runs into (${UNPUBLISHED - 1}–)?${UNPUBLISHED}, and the China holiday calendar`));
    expect(await note.getAttribute('role')).toBe('status');
    // the steps are folded under one line until asked for
    const steps = note.getByText('add its holidays under Working calendar → Extra days off');
    expect(await steps.isVisible()).toBe(false);
    await note.getByText('What to do').click();
    await steps.waitFor();

    await ann.page.getByRole('button', { name: 'Working calendar' }).click();
    const dialog = ann.page.getByRole('dialog', { name: 'Working calendar' });
    await dialog.getByRole('textbox', { name: 'Extra days off' }).fill(`${UNPUBLISHED - 1}-02-08, ${UNPUBLISHED}-01-28`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => note.count()).toBe(0);
  });
});

/** The first Monday of March of a year, as an ISO day. */
function mondayInMarch(year: number): string {
  const march = new Date(Date.UTC(year, 2, 1));
  const day = 1 + ((8 - march.getUTCDay()) % 7);
  return `${year}-03-${String(day).padStart(2, '0')}`;
}
