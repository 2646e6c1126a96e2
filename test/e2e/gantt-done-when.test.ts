// Issue 3's "done when" as one scenario on a 200-task schedule, through the real relay: Ann, on a
// laptop, imports 200 tasks from a CSV (10 zones of 19 tasks, a finish-to-start chain through them and
// one parallel task per zone), links the first two by dragging, auto-schedules, sees the critical path
// and the delay risks (the plan started three weeks ago and nothing is done), and saves a baseline.
// Bo watches on a 360 px phone: he sees the link and the critical path arrive live, slips a task in the
// sheet, and both see the finish variance against the baseline and the forecast finish move; his
// phone scrolls to the 200th task with the forecast finish still in view.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import { addDays } from '../../shared/domain/calendar/day-number';
import { nextWorkingDay } from '../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../shared/iso-day';
import { DEFAULT_CALENDAR_SETTINGS } from '../../shared/schema';
import { claimAs, createInvite, createProject, joinAs, type Person } from './browser';
import { bar, barDates, linkByDrag, openGantt, taskRow } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';

const ZONES = 10;
const PER_ZONE = 19;
const TASKS = ZONES * (PER_ZONE + 1);
const stepTitle = (zone: number, step: number): string => `Z${zone} step ${String(step).padStart(2, '0')}`;

/**
 * The schedule as a CSV with English headers. In each zone steps 2–17 and 19 form a chain, step 18
 * runs beside it (float), the first step follows the previous zone's last; zone 1's first step
 * starts on `start` (a working day, so auto-schedule leaves it) and its second step has no predecessor yet (linked by dragging).
 */
function scheduleCsv(start: IsoDay): string {
  const lines = ['WBS,Task Name,Duration,Start,Predecessors'];
  for (let zone = 1; zone <= ZONES; zone++) {
    lines.push(`${zone},Zone ${zone},,,`);
    for (let step = 1; step <= PER_ZONE; step++) {
      const predecessors =
        step === 1 ? (zone === 1 ? '' : `${zone - 1}.${PER_ZONE}`)
        : step === 2 ? (zone === 1 ? '' : `${zone}.1`)
        : step === 18 ? `${zone}.1`
        : step === 19 ? `"${zone}.17, ${zone}.18"`
        : `${zone}.${step - 1}`;
      const first = zone === 1 && step === 1;
      lines.push(`${zone}.${step},${stepTitle(zone, step)},${first ? 3 : 2},${first ? start : ''},${predecessors}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function isCritical(page: Page, title: string): Promise<boolean> {
  return (await bar(page, title).getAttribute('class'))?.includes('gantt-bar--critical') ?? false;
}

async function cellText(page: Page, title: string, column: 'float' | 'duration'): Promise<string> {
  return (await taskRow(page, title).first().locator(`.gantt-cell--${column}`).textContent()) ?? '';
}

async function forecastFinish(page: Page): Promise<string> {
  return (await page.getByTestId('forecast-finish').locator('strong').textContent()) ?? '';
}

describe('done when: a 200-task schedule, linked, auto-scheduled, with its critical path, risks, baseline and a slip, on a laptop and a phone, live', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  it('Ann imports 200 tasks; Bo opens the same schedule on a phone', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Harbour 200', []);
    const today = (await ann.page.evaluate(() => new Date().toLocaleDateString('sv-SE'))) as IsoDay;
    await ann.page.getByRole('link', { name: 'Import', exact: true }).click();
    await ann.page.getByRole('heading', { name: 'Import tasks' }).waitFor();
    await ann.page.getByTestId('import-file').setInputFiles({ name: 'harbour-200.csv', mimeType: 'text/csv', buffer: Buffer.from(scheduleCsv(nextWorkingDay(buildWorkingCalendar(DEFAULT_CALENDAR_SETTINGS), addDays(today, -21)))) });
    await ann.page.getByTestId('import-summary').filter({ hasText: `${TASKS} new, 0 changed, 0 unchanged` }).waitFor();
    await ann.page.getByRole('button', { name: `Import ${TASKS} tasks` }).click();
    await ann.page.getByRole('status').filter({ hasText: `Imported: ${TASKS} new, 0 updated.` }).waitFor();
    await ann.page.getByRole('link', { name: 'Open the board' }).first().click();
    await openGantt(ann.page);
    expect(await ann.page.getByRole('grid', { name: 'Tasks' }).getAttribute('aria-rowcount')).toBe(String(TASKS + 1));

    const link = await createInvite(ann.page, 'Member');
    bo = await joinAs(e2e.browser, link, 'Bo Li');
    await bo.page.setViewportSize({ width: 360, height: 740 });
    await bo.page.getByRole('link', { name: 'Harbour 200' }).click();
    await openGantt(bo.page);
    await expect.poll(() => bo.page.getByRole('grid', { name: 'Tasks' }).getAttribute('aria-rowcount')).toBe(String(TASKS + 1));
    await ann.page.getByRole('link', { name: 'Harbour 200' }).click();
    await openGantt(ann.page);
  });

  it('a link dragged on the laptop moves the successor and puts the first task on the critical path, for Bo live', async () => {
    const first = stepTitle(1, 1);
    const second = stepTitle(1, 2);
    expect(await isCritical(ann.page, first)).toBe(false);
    await bar(ann.page, first).scrollIntoViewIfNeeded();
    await linkByDrag(ann.page, first, second);

    const firstDates = await barDates(ann.page, first);
    await expect.poll(async () => (await barDates(ann.page, second)).start > firstDates.finish).toBe(true);
    await expect.poll(() => isCritical(ann.page, first)).toBe(true);
    const moved = await barDates(ann.page, second);
    await expect.poll(async () => (await barDates(bo.page, second)).start).toBe(moved.start);
    await expect.poll(() => isCritical(bo.page, first)).toBe(true);
  });

  it('auto-schedule moves every auto task in one step; the critical path runs through the chain, the parallel task has float', async () => {
    await ann.page.getByRole('button', { name: 'Auto-schedule' }).click();
    await expect.poll(() => ann.page.getByTestId('gantt-announcer').textContent()).toMatch(/Auto-scheduled: (\d{3}) tasks moved/);
    const moved = Number(/Auto-scheduled: (\d+)/.exec((await ann.page.getByTestId('gantt-announcer').textContent()) ?? '')?.[1]);
    // every task without a start of its own in the file (all but the first) got its scheduled one
    expect(moved).toBe(TASKS - ZONES - 1);
    await ann.page.getByRole('button', { name: 'Auto-schedule' }).click();
    await expect.poll(() => ann.page.getByTestId('gantt-announcer').textContent()).toContain('Auto-scheduled: 0 tasks moved.');

    // step 18 beside steps 2–17 (16 tasks of 2 days) has 32 − 2 working days of float
    expect(await cellText(ann.page, stepTitle(1, 18), 'float')).toBe('30 d');
    expect(await isCritical(ann.page, stepTitle(1, 18))).toBe(false);
    for (const step of [1, 2, 3, 17, 19]) {
      expect(await cellText(ann.page, stepTitle(1, step), 'float')).toBe('0 d');
      expect(await isCritical(ann.page, stepTitle(1, step))).toBe(true);
    }
    expect(await bo.page.locator('.gantt-bar--critical').count()).toBeGreaterThan(5);
  });

  it('the risk panel lists the late critical task first among the tasks, and the forecast finish is after the schedule', async () => {
    await ann.page.getByRole('button', { name: /^Risks/ }).click();
    const panel = ann.page.getByTestId('risk-panel');
    await panel.getByText('Project finish').waitFor();
    await panel.getByText(/Forecast finish \d+ working days after the schedule/).waitFor();
    // project risks first, then critical tasks by their own delay: the first step, three weeks late, leads
    const risks = panel.locator('.gantt-risks__list > li');
    expect(await risks.first().textContent()).toContain('Project finish');
    expect(await risks.nth(1).textContent()).toContain(stepTitle(1, 1));
    await risks.nth(1).getByText(/Critical and \d+ working days late/).waitFor();
    await panel.getByText(/Behind plan: 0% done, \d+% planned by today/).first().waitFor();
    await expect.poll(() => ann.page.getByTestId('forecast-finish').locator('strong').getAttribute('class')).toContain('gantt-late');
    // on the phone too
    await bo.page.getByRole('button', { name: /^Risks/ }).click();
    await bo.page.getByTestId('risk-panel').getByText('Project finish').waitFor();
    expect(await bo.page.getByTestId('forecast-finish').isVisible()).toBe(true);
    // with the risk panel and the holiday note open, the phone keeps room for the rows (it had 2 px
    // when the toolbar wrapped into seven lines)
    expect((await bo.page.getByTestId('gantt-scroller').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(180);
  });

  it('a baseline saved on the laptop, then a slip made in the phone’s sheet: both see +5 working days and the forecast move', async () => {
    await ann.page.getByRole('button', { name: 'Save baseline' }).click();
    const dialog = ann.page.getByRole('dialog', { name: 'Save baseline' });
    await dialog.getByRole('textbox', { name: 'Baseline name' }).fill('Contract plan');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => ann.page.getByTestId('finish-variance').textContent()).toContain(' 0 working days');
    const compare = bo.page.getByRole('combobox', { name: 'Compare with' });
    await expect.poll(() => compare.locator('option').allTextContents()).toEqual(['No baseline', expect.stringMatching(/^Contract plan \(saved /)]);
    await compare.selectOption({ index: 1 });
    await expect.poll(() => bo.page.getByTestId('finish-variance').textContent()).toContain(' 0 working days');
    const forecastBefore = await forecastFinish(ann.page);

    const slipped = stepTitle(1, 5);
    const slippedBefore = await barDates(bo.page, slipped);
    await taskRow(bo.page, slipped).first().locator('.gantt-cell--name').dblclick();
    const sheet = bo.page.getByRole('dialog', { name: `Edit ${slipped}` });
    await sheet.getByLabel('Duration').fill('7');
    await sheet.getByRole('button', { name: 'Save' }).click();

    for (const page of [bo.page, ann.page]) {
      await expect.poll(() => page.getByTestId('finish-variance').textContent()).toContain('+5 working days');
      await expect.poll(() => forecastFinish(page)).not.toBe(forecastBefore);
      await expect.poll(async () => (await barDates(page, slipped)).finish > slippedBefore.finish).toBe(true);
    }
    // the phone's table shows only code and name; the laptop's has the duration
    expect(await cellText(ann.page, slipped, 'duration')).toBe('7 d');
    expect(await barDates(ann.page, slipped)).toEqual(await barDates(bo.page, slipped));
    expect(await forecastFinish(bo.page)).toBe(await forecastFinish(ann.page));
  });

  it('on the phone the schedule scrolls to its last task, and the forecast finish stays in view', async () => {
    const forecast = await forecastFinish(bo.page);
    await bo.page.getByTestId('gantt-scroller').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await taskRow(bo.page, stepTitle(ZONES, PER_ZONE)).first().waitFor();
    await bar(bo.page, stepTitle(ZONES, PER_ZONE)).waitFor({ state: 'attached' });
    const box = await bo.page.getByTestId('forecast-finish').boundingBox();
    const viewport = bo.page.viewportSize();
    if (!box || !viewport) throw new Error('the forecast finish is not laid out');
    // inside the 360 × 740 screen, not scrolled away with the rows
    expect(box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x < viewport.width).toBe(true);
    expect(await forecastFinish(bo.page)).toBe(forecast);
  });
});
