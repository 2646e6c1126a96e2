// The health pages through the real relay: the owner's board edits become metrics snapshots (taken
// 2 s after the room goes quiet), and the project health page shows the new figures in the tables
// under its charts; budget lines show in cost vs budget, and with a baseline the earned value curves.
// A plain member sees the project's charts but no finance chart, and is told team health is for
// managers. The owner's team page renders the team charts (both people active today) and the quarter's
// printable review (系统健康度评估), and in print only that review is shown. Under each chart the
// legend shows every line's value at the cursor, and so does a tooltip beside it, for a mouse and for a
// finger dragged across the plot; a chart with no point yet (the
// finance charts before any finance entry, satisfaction before any answer) says "No data yet".
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { seriousViolations } from './axe';
import { useRelayAndBrowser } from './lifecycle';

/** The snapshot job needs 2 s of quiet plus its 500 ms tick; generous for a loaded CI machine. */
const SNAPSHOT_WAIT_MS = 30_000;

/** The value cell of one line in a chart's table of latest values. */
function latest(page: Page, chart: string, line: string) {
  return page.getByTestId(`health-${chart}-latest`).locator('tr', { hasText: line }).getByTestId('health-value');
}

/** Asks the relay again (Refresh) until the line reads `expected`: a snapshot is not an event the page can await. */
async function waitForValue(page: Page, chart: string, line: string, expected: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.getByRole('button', { name: 'Refresh' }).and(page.locator('[aria-busy="false"]')).waitFor();
        return latest(page, chart, line).textContent();
      },
      { timeout: SNAPSHOT_WAIT_MS, interval: 1_000 },
    )
    .toBe(expected);
}

/** The value the legend under a chart shows for one line: at the cursor, or '–' with no cursor on the plot. */
function legendValue(page: Page, chart: string, line: string) {
  return page.getByTestId(`health-${chart}`).locator('.u-legend tr.u-series', { has: page.locator('.u-label', { hasText: line }) }).locator('.u-value');
}

async function openBoard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Harbour depot' }).click();
  await page.getByRole('heading', { name: 'Harbour depot', level: 1 }).waitFor();
}

async function openHealth(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Project health' }).click();
  await page.getByRole('heading', { name: 'Project health', level: 1 }).waitFor();
}

async function moveToDone(page: Page, title: string): Promise<void> {
  await card(page, 'To do', title).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await card(page, 'Doing', title).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await card(page, 'Done', title).waitFor();
}

describe('health pages', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let member: Person;

  beforeAll(async () => {
    // bypassCSP: axe is injected as a script, which the app's CSP would rightly refuse
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    await createProject(owner.page, 'Harbour depot', ['Pour slab', 'Tie rebar', 'Set forms']);
    await moveToDone(owner.page, 'Pour slab');
    await card(owner.page, 'To do', 'Tie rebar').click();
    const editor = owner.page.getByRole('dialog', { name: 'Edit card' });
    await editor.getByLabel('Due date').fill('2020-01-06');
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await waitForSyncState(owner.page, 'saved-server');
    const link = await createInvite(owner.page, 'Member');
    member = await joinAs(e2e.browser, link, 'Bo Li');
  }, 120_000);

  it("shows the board's figures after the snapshot, and the new ones after more edits", async () => {
    const page = owner.page;
    await openBoard(page);
    await openHealth(page);
    await waitForValue(page, 'burn-up', 'All tasks', '3');
    expect(await latest(page, 'burn-up', 'Done tasks').textContent()).toBe('1');
    expect(await latest(page, 'overdue', 'Overdue tasks').textContent()).toBe('1');
    expect(await latest(page, 'progress', 'Tasks done').textContent()).toBe('33.3%');
    expect(await page.getByTestId('health-burn-up').getByRole('img', { name: 'Burn-up' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Back to the project' }).click();
    await moveToDone(page, 'Set forms');
    await waitForSyncState(page, 'saved-server');
    await openHealth(page);
    await waitForValue(page, 'burn-up', 'Done tasks', '2');
    expect(await latest(page, 'progress', 'Tasks done').textContent()).toBe('66.7%');
    expect(await latest(page, 'overdue', 'Overdue tasks').textContent()).toBe('1');
  }, 90_000);

  it('the legend and a tooltip show the values at the cursor (mouse or finger), and a chart with no point yet says so', async () => {
    const page = owner.page;
    const plot = page.getByTestId('health-burn-up').locator('.u-over');
    await plot.waitFor();
    expect(await legendValue(page, 'burn-up', 'Done tasks').textContent()).toBe('–');
    const box = await plot.boundingBox();
    if (box === null) throw new Error('the burn-up plot has no box');
    // the newest snapshot is the rightmost point: the cursor snaps to it from the plot's right edge
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await expect.poll(() => legendValue(page, 'burn-up', 'Done tasks').textContent()).toBe('2');
    expect(await legendValue(page, 'burn-up', 'All tasks').textContent()).toBe('3');
    // and the x value of that point: a day (the relay's snapshots are today's)
    expect(await page.getByTestId('health-burn-up').locator('.u-legend tr.u-series').first().locator('.u-value').textContent()).toMatch(/\d{4}/);
    // the tooltip beside the cursor says the same
    const tooltip = page.getByTestId('health-burn-up').locator('.chart__tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('div').allTextContents()).toEqual([
      await page.getByTestId('health-burn-up').locator('.u-legend tr.u-series').first().locator('.u-value').textContent(),
      'All tasks: 3', 'Done tasks: 2',
    ]);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 150);
    await expect.poll(() => legendValue(page, 'burn-up', 'Done tasks').textContent()).toBe('–');
    expect(await tooltip.isHidden()).toBe(true);

    // a finger dragged across the plot moves the cursor too (touch emulation, real touch input)
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const at = (x: number) => [{ x, y: box.y + box.height / 2, id: 1, radiusX: 2, radiusY: 2, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(box.x + 4) });
      for (let step = 1; step <= 6; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(box.x + 4 + ((box.width - 6) * step) / 6) });
      await expect.poll(() => legendValue(page, 'burn-up', 'Done tasks').textContent()).toBe('2');
      expect(await tooltip.isVisible()).toBe(true);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 150);
    await expect.poll(() => legendValue(page, 'burn-up', 'Done tasks').textContent()).toBe('–');

    // the figures behind the chart export, a row per day (today's is the newest)
    const burnUp = page.getByTestId('health-burn-up');
    const [download] = await Promise.all([page.waitForEvent('download'), burnUp.getByRole('group', { name: /^Export the figures of / }).getByRole('button', { name: 'Export .csv' }).click()]);
    expect(download.suggestedFilename()).toBe('burn-up.csv');
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFDay,All tasks,Done tasks');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/^\d{4}-\d{2}-\d{2},3,2$/);

    // nothing was ever written to the project's finance room: no finance snapshot, no point to draw
    for (const chart of ['cost', 'cash']) {
      const section = page.getByTestId(`health-${chart}`);
      await section.waitFor();
      expect(await section.getByTestId('chart-empty').textContent()).toBe('No data yet');
      expect(await section.locator('.u-over').count()).toBe(0);
      expect(await section.getByRole('button', { name: 'Export .csv' }).count()).toBe(0);
      expect(await section.getByTestId('health-value').allTextContents()).toEqual(Array<string>(await section.getByTestId('health-value').count()).fill('–'));
    }
    expect(await page.getByTestId('health-burn-up').getByTestId('chart-empty').count()).toBe(0);
  });

  it('the owner sees finance charts: a budget line shows in cost vs budget', async () => {
    const page = owner.page;
    await page.getByTestId('health-cost').waitFor();
    await page.getByTestId('health-cash').waitFor();
    await page.getByRole('link', { name: 'Back to the project' }).click();
    await page.getByRole('link', { name: 'Cost centre' }).click();
    const budget = page.getByRole('form', { name: 'Add budget line' });
    await budget.getByLabel('Category').selectOption({ label: 'Materials' });
    await budget.getByLabel('Amount (¥)').fill('1,000');
    await budget.getByRole('button', { name: 'Add budget line' }).click();
    await page.getByTestId('budget-total').filter({ hasText: '¥1,000.00' }).waitFor();
    await waitForSyncState(page, 'saved-server');
    await page.evaluate(() => {
      location.hash = location.hash.replace(/\/costs$/, '/health');
    });
    await page.getByRole('heading', { name: 'Project health', level: 1 }).waitFor();
    await waitForValue(page, 'cost', 'Budget', '¥1,000.00');
    expect(await page.getByTestId('health-cost').getByTestId('chart-empty').count()).toBe(0);
    expect(await latest(page, 'cost', 'Actual cost').textContent()).toBe('¥0.00');
    expect(await latest(page, 'cash', 'Cash balance').textContent()).toBe('¥0.00');
    // no baseline saved: the earned value chart says how to start it
    await page.getByTestId('health-evm-gap').filter({ hasText: 'No baseline yet' }).waitFor();
  }, 90_000);

  it('after a baseline and a budget line on one of its tasks, the earned value chart has PV, EV and AC', async () => {
    const page = owner.page;
    await page.evaluate(() => {
      location.hash = location.hash.replace(/\/health$/, '/gantt');
    });
    await page.getByRole('button', { name: 'Save baseline' }).click();
    await page.getByRole('dialog', { name: 'Save baseline' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog', { name: 'Save baseline' }).waitFor({ state: 'hidden' });
    await waitForSyncState(page, 'saved-server');
    await page.evaluate(() => {
      location.hash = location.hash.replace(/\/gantt$/, '/costs');
    });
    const budget = page.getByRole('form', { name: 'Add budget line' });
    await budget.getByLabel('Task').selectOption({ label: 'Tie rebar' });
    await budget.getByLabel('Amount (¥)').fill('2,000');
    await budget.getByRole('button', { name: 'Add budget line' }).click();
    await page.getByTestId('budget-total').filter({ hasText: '¥3,000.00' }).waitFor();
    await waitForSyncState(page, 'saved-server');
    await page.evaluate(() => {
      location.hash = location.hash.replace(/\/costs$/, '/health');
    });
    await page.getByRole('heading', { name: 'Project health', level: 1 }).waitFor();
    // nothing of Tie rebar is done and no cost is recorded: EV and AC are zero, PV follows its dates
    await waitForValue(page, 'evm', 'Actual cost (AC)', '¥0.00');
    expect(await latest(page, 'evm', 'Earned value (EV)').textContent()).toBe('¥0.00');
    expect(await latest(page, 'evm', 'Planned value (PV)').textContent()).toMatch(/^¥[\d,]+\.\d\d$/);
    expect(await page.getByTestId('health-evm-gap').count()).toBe(0);
    await waitForValue(page, 'cost', 'Budget', '¥3,000.00');
  }, 90_000);

  it('reads on a 360 px phone without sideways scrolling, with no serious accessibility violations', async () => {
    const page = owner.page;
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.getByTestId('health-burn-up').locator('.u-legend').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const box = await page.getByTestId('health-burn-up').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(250);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('a member sees the project charts but no finance chart, and no team health', async () => {
    const page = member.page;
    await openBoard(page);
    await openHealth(page);
    await waitForValue(page, 'burn-up', 'Done tasks', '2');
    await page.getByTestId('health-finance-hidden').waitFor();
    expect(await page.getByTestId('health-cost').count()).toBe(0);
    expect(await page.getByTestId('health-cash').count()).toBe(0);
    expect(await page.getByTestId('health-finance-problem').count()).toBe(0);

    await page.getByRole('link', { name: 'Back to the project' }).click();
    await page.getByRole('link', { name: 'Back to projects' }).click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expect(await page.getByTestId('home-health-link').count()).toBe(0);
    await page.getByRole('link', { name: 'Team and invitations' }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await page.getByTestId('team-health-link').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the workspace' }).click();
    await page.evaluate(() => {
      location.hash = `${location.hash.replace(/\/$/, '')}/health`;
    });
    await page.getByTestId('team-health-problem').filter({ hasText: 'managers, admins and the owner' }).waitFor();
    expect(await page.getByTestId('health-summary').count()).toBe(0);
  }, 60_000);

  it("the owner's quarter review lists the project's figures, and prints without the app around it", async () => {
    const page = owner.page;
    await page.getByRole('link', { name: 'Back to the project' }).click();
    await page.getByRole('link', { name: 'Back to projects' }).click();
    await page.getByTestId('home-health-link').waitFor();
    await page.getByRole('link', { name: 'Team and invitations' }).click();
    await page.getByTestId('team-health-link').click();
    await page.getByRole('heading', { name: 'Team health', level: 1 }).waitFor();
    const summary = page.getByTestId('health-summary');
    await summary.getByRole('heading', { name: 'System health review (系统健康度评估)' }).waitFor();
    const now = new Date(Date.now() + 8 * 3_600_000);
    const quarter = `Q${Math.floor(now.getUTCMonth() / 3) + 1} ${now.getUTCFullYear()}`;
    expect(await summary.getByTestId('summary-quarter').textContent()).toContain(quarter);
    const row = summary.getByTestId('summary-project').filter({ hasText: 'Harbour depot' });
    await row.getByTestId('summary-tasks').filter({ hasText: '2 / 3' }).waitFor();
    await row.filter({ hasText: '¥3,000.00' }).waitFor();
    // both members connected today: the team charts and the quarter's team figures say so
    await waitForValue(page, 'team-activity', 'Active people ÷ members', '100%');
    expect(await latest(page, 'team-errors', 'Errors per active session').textContent()).toBe('0');
    expect(await latest(page, 'team-satisfaction', 'Average answer').textContent()).toBe('–');
    // nobody answered the survey: that chart has no point and says so, the others draw
    expect(await page.getByTestId('health-team-satisfaction').getByTestId('chart-empty').textContent()).toBe('No data yet');
    expect(await page.getByTestId('health-team-activity').getByTestId('chart-empty').count()).toBe(0);
    expect(await latest(page, 'team-member-count', 'Members on the day').textContent()).toBe('2');
    const team = summary.getByTestId('summary-team');
    await team.getByRole('row', { name: /Days anyone was active \/ days counted 1 \/ \d+/ }).waitFor();
    await team.getByRole('row', { name: /Average activity rate \(working days\) \d/ }).waitFor();
    // both tables export as shown: the project's line with its day as a date and money in yuan, the team's figures one a row
    const download = async (group: string): Promise<string[]> => {
      const [file] = await Promise.all([page.waitForEvent('download'), summary.getByRole('group', { name: group }).getByRole('button', { name: 'Export .csv' }).click()]);
      expect(file.suggestedFilename()).toMatch(/^System health review \(系统健康度评估\) Q\d \d{4} (Projects|Team)\.csv$/);
      return (await readFile(await file.path(), 'utf8')).split('\r\n');
    };
    const projectLines = await download('Export the project figures');
    expect(projectLines[0]).toBe('\uFEFFProject,Figures as of,Tasks done,All tasks,Overdue,Planned %,Actual %,Forecast finish,Budget (¥),Actual cost (¥),Cash balance (¥)');
    expect(projectLines.find((line) => line.startsWith('Harbour depot,'))).toMatch(/^Harbour depot,\d{4}-\d{2}-\d{2},2,3,\d+,[^,]*,[^,]*,[^,]*,(.*,)?3000(,|$)/);
    const teamLines = await download('Export the team figures');
    expect(teamLines[0]).toBe('\uFEFFFigure,Value');
    expect(teamLines).toContain('Days anyone was active,1');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Team health', level: 1 }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await summary.getByRole('button', { name: 'Export .csv' }).first().isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    expect(await row.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
  }, 60_000);
});
