// The China holiday preset holds only the years whose official arrangement had been published when
// the app was built. A schedule that runs into a later year says so, in the Gantt, until the team
// enters that year's days off in the working calendar themselves.
import { describe, expect, it } from 'vitest';
import { chinaCalendarYears } from '../../shared/domain/calendar/china-calendar';
import { claimAs, createProject, type Person } from './browser';
import { bar, barDates, openGantt, taskRow } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

/** Two years past the preset's last, so the scenario holds after the preset gains a year. */
const UNPUBLISHED = (chinaCalendarYears().at(-1) ?? 0) + 2;

describe('a schedule running past the published holiday arrangements', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  it('is flagged until the team enters that year’s days off', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower D', ['Fit-out']);
    await openGantt(ann.page);
    await bar(ann.page, 'Fit-out').waitFor();
    const note = ann.page.getByTestId('preset-gap');
    expect(await note.count()).toBe(0);

    await taskRow(ann.page, 'Fit-out').locator('.gantt-cell--start').dblclick();
    await ann.page.getByLabel('Start', { exact: true }).fill(`${UNPUBLISHED}-03-01`);
    await ann.page.keyboard.press('Enter');
    await expect.poll(async () => (await barDates(ann.page, 'Fit-out')).start.slice(0, 4)).toBe(String(UNPUBLISHED));
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
