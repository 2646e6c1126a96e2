// Two people on one schedule through the real relay: tasks made on the board show on the Gantt, a
// link drawn by dragging from one bar's finish to another bar moves the successor, for both, live;
// auto-schedule, a baseline and a slip show variance and the forecast finish.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { seriousViolations } from './axe';
import { bar, barDates, linkByDrag, openGantt } from './gantt-helpers';

async function openGanttIfNeeded(page: Page): Promise<void> {
  if ((await page.getByRole('grid', { name: 'Tasks' }).count()) > 0) return;
  await page.getByRole('link', { name: 'Tower C' }).click();
  await openGantt(page);
}

describe('a live Gantt for two people', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  it('tasks added on the board appear as bars for both people', async () => {
    // axe is injected as a script for the accessibility check; the app's CSP would refuse it
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    await createProject(ann.page, 'Tower C', ['Excavate', 'Foundations']);
    // both on Ann, on the same day until they are linked: an over-allocation for the load panel
    for (const title of ['Excavate', 'Foundations']) {
      await card(ann.page, 'To do', title).click();
      const editor = ann.page.getByRole('dialog', { name: 'Edit card' });
      await editor.getByRole('checkbox', { name: 'Ann Wang' }).check();
      await editor.getByRole('button', { name: 'Close' }).last().click();
    }
    await waitForSyncState(ann.page, 'saved-server');
    const link = await createInvite(ann.page, 'Member');
    bo = await joinAs(e2e.browser, link, 'Bo Li');
    await bo.page.getByRole('link', { name: 'Tower C' }).click();
    await openGantt(bo.page);
    await ann.page.getByRole('link', { name: 'Tower C' }).click();
    await openGantt(ann.page);
    for (const page of [ann.page, bo.page]) for (const title of ['Excavate', 'Foundations']) await bar(page, title).waitFor();
    expect((await barDates(ann.page, 'Foundations')).start).toBe((await barDates(ann.page, 'Excavate')).start);
  });

  it('the resource load shows who is on two tasks the same day, per week and per day, and scrolls by keyboard', async () => {
    await bo.page.getByRole('button', { name: 'Resource load' }).click();
    const panel = bo.page.getByTestId('resource-panel');
    const row = panel.getByTestId('load-row').filter({ hasText: 'Ann Wang' });
    await row.getByText('over-allocated on 1 working days').waitFor();
    expect(await row.locator('.gantt-load__cell--over').allTextContents()).toEqual(['2 (over-allocated)']);
    // it exports a row per week (its Monday a date) and a column per person, the over-allocated days last
    const [download] = await Promise.all([bo.page.waitForEvent('download'), panel.getByRole('group', { name: 'Export the resource load' }).getByRole('button', { name: 'Export .csv' }).click()]);
    expect(download.suggestedFilename()).toBe('Resource load Weeks.csv');
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFWeek from,Ann Wang');
    expect(lines.filter((line) => /^\d{4}-\d{2}-\d{2},2$/.test(line))).toHaveLength(1);
    expect(lines.at(-2)).toBe('Over-allocated working days,1');
    await panel.getByRole('group', { name: 'Load per' }).getByRole('button', { name: 'Days' }).click();
    await expect.poll(() => row.locator('.gantt-load__cell--over').count()).toBe(1);
    const grid = panel.getByRole('region', { name: 'Tasks per person and working day' });
    await grid.focus();
    expect(await bo.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await bo.page.getByTestId('resource-panel').count()).toBe(0);
  });

  it("dragging from one bar's finish to another bar links them and moves the successor, live for the teammate", async () => {
    await linkByDrag(ann.page, 'Excavate', 'Foundations');

    const excavate = await barDates(ann.page, 'Excavate');
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start > excavate.finish).toBe(true);
    const moved = await barDates(ann.page, 'Foundations');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start).toBe(moved.start);
    await expect.poll(() => bo.page.locator('.gantt-link').count()).toBe(1);
  });

  it("a link's lag and type, changed in the task sheet, move the successor for the teammate live", async () => {
    const linked = await barDates(bo.page, 'Foundations');
    // on a desktop the WBS code opens the task's sheet, where its links are edited
    await ann.page.locator('[data-row-id]').filter({ hasText: 'Foundations' }).locator('.gantt-cell--wbs').dblclick();
    const sheet = ann.page.getByRole('dialog', { name: 'Edit Foundations' });
    const lag = sheet.getByRole('textbox', { name: 'Lag in working days Excavate → Foundations, negative for a lead' });
    await lag.fill('1.5');
    await lag.press('Enter');
    await sheet.getByRole('alert').getByText('whole number of working days').waitFor();
    expect(await lag.getAttribute('aria-invalid')).toBe('true');
    await lag.fill('2');
    await lag.press('Enter');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start > linked.start).toBe(true);
    const lagged = await barDates(bo.page, 'Foundations');
    expect(await sheet.getByRole('alert').count()).toBe(0);

    // start-to-start with the same lag starts two working days after Excavate starts: earlier than
    // two days after it finishes (Excavate lasts a day)
    await sheet.getByRole('combobox', { name: 'Link type Excavate → Foundations' }).selectOption('SS');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start < lagged.start).toBe(true);
    // a lead: finish-to-start with -1 starts on Excavate's last day
    await sheet.getByRole('combobox', { name: 'Link type Excavate → Foundations' }).selectOption('FS');
    await lag.fill('-1');
    await lag.press('Enter');
    const excavate = await barDates(bo.page, 'Excavate');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start <= excavate.finish).toBe(true);
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start).toBe((await barDates(bo.page, 'Foundations')).start);

    await lag.fill('0');
    await lag.press('Enter');
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start).toBe(linked.start);
    await sheet.getByRole('button', { name: 'Close' }).last().click();
  });

  it('a bar dragged by the teammate moves for the other person, and the chain follows', async () => {
    const before = await barDates(bo.page, 'Foundations');
    const body = await bar(bo.page, 'Excavate').locator('.gantt-bar__body').boundingBox();
    if (!body) throw new Error('bar not laid out');
    await bo.page.getByRole('button', { name: 'Days' }).click();
    const wide = await bar(bo.page, 'Excavate').locator('.gantt-bar__body').boundingBox();
    if (!wide) throw new Error('bar not laid out');
    await bo.page.mouse.move(wide.x + wide.width / 2, wide.y + wide.height / 2);
    await bo.page.mouse.down();
    await bo.page.mouse.move(wide.x + wide.width / 2 + 7 * 32, wide.y + wide.height / 2, { steps: 10 });
    await bo.page.mouse.up();
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start > before.start).toBe(true);
    const moved = await barDates(bo.page, 'Excavate');
    await expect.poll(async () => (await barDates(ann.page, 'Excavate')).start).toBe(moved.start);
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start > moved.finish).toBe(true);
  });

  it('a named baseline, then a slip, shows the variance; either baseline can be compared', async () => {
    await ann.page.getByRole('button', { name: 'Save baseline' }).click();
    const dialog = ann.page.getByRole('dialog', { name: 'Save baseline' });
    const name = dialog.getByRole('textbox', { name: 'Baseline name' });
    expect(await name.inputValue()).toBe('Baseline 1');
    await name.fill('  ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText('Give the baseline a name').waitFor();
    await name.fill('Contract plan');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await ann.page.getByTestId('finish-variance').waitFor();
    expect(await ann.page.getByTestId('finish-variance').textContent()).toContain('0 working days');
    const compare = (page: Page) => page.getByRole('combobox', { name: 'Compare with' });
    await expect.poll(() => compare(bo.page).locator('option').allTextContents()).toEqual(['No baseline', expect.stringMatching(/^Contract plan \(saved /)]);

    const cell = ann.page.locator('[data-row-id] .gantt-cell--duration').first();
    await cell.dblclick();
    await ann.page.getByRole('spinbutton', { name: 'Duration' }).fill('6');
    await ann.page.keyboard.press('Enter');
    await expect.poll(() => ann.page.getByTestId('finish-variance').textContent()).toContain('+5 working days');

    await ann.page.getByRole('button', { name: 'Save baseline' }).click();
    await ann.page.getByRole('dialog', { name: 'Save baseline' }).getByRole('textbox', { name: 'Baseline name' }).fill('After the slip');
    await ann.page.getByRole('dialog', { name: 'Save baseline' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => ann.page.getByTestId('finish-variance').textContent()).toContain(' 0 working days');
    const contract = await compare(ann.page).locator('option', { hasText: 'Contract plan' }).getAttribute('value');
    await compare(ann.page).selectOption(contract ?? '');
    await expect.poll(() => ann.page.getByTestId('finish-variance').textContent()).toContain('+5 working days');
  });

  it('shows the critical path and the risks, and auto-schedules in one step', async () => {
    await expect.poll(() => ann.page.locator('.gantt-bar--critical').count()).toBe(2);
    await ann.page.getByRole('button', { name: /^Risks/ }).click();
    await ann.page.getByTestId('risk-panel').getByText('Project finish').waitFor();
    // the risks export in the panel's order, the project finish first, its reasons in words
    const [download] = await Promise.all([ann.page.waitForEvent('download'), ann.page.getByRole('group', { name: 'Export the delay risks' }).getByRole('button', { name: 'Export .csv' }).click()]);
    const risks = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(risks[0]).toBe('\uFEFFWBS,Task,Critical,Delay (working days),Reasons');
    expect(risks[1]).toMatch(/^,Project finish,(Yes)?,\d+,"?Forecast finish \d+ working days after/);
    await ann.page.getByRole('button', { name: 'Auto-schedule' }).click();
    await expect.poll(() => ann.page.getByTestId('gantt-announcer').textContent()).toMatch(/Auto-scheduled: \d+ tasks moved/);
  });

  it('by keyboard: Insert adds a task below, Alt+Shift+Right indents it, arrows move between cells', async () => {
    const table = ann.page.getByRole('grid', { name: 'Tasks' });
    await table.locator('[data-row-id]').first().locator('.gantt-cell--name').click();
    await ann.page.keyboard.press('Insert');
    await bar(ann.page, 'New task').waitFor();
    await ann.page.keyboard.press('ArrowDown');
    await expect.poll(() => ann.page.evaluate(() => document.activeElement?.closest('[data-row-id]')?.textContent ?? '')).toContain('New task');
    await ann.page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => ann.page.locator('.gantt-row--summary').count()).toBe(1);
    await expect.poll(() => bo.page.locator('.gantt-row--summary').count()).toBe(1);
    await expect.poll(() => table.locator('[data-row-id] .gantt-cell--wbs').allTextContents()).toEqual(['1', '1.1', '2']);
  });

  it('on a 360 px phone the table keeps code and name and a row is edited in a sheet', async () => {
    await bo.page.setViewportSize({ width: 360, height: 740 });
    const table = bo.page.getByRole('grid', { name: 'Tasks' });
    await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual(['WBS', 'Task']);
    await table.locator('[data-row-id]').filter({ hasText: 'Foundations' }).locator('.gantt-cell--name').dblclick();
    const sheet = bo.page.getByRole('dialog', { name: 'Edit Foundations' });
    await sheet.getByLabel('% done').fill('50');
    await sheet.getByRole('button', { name: 'Save' }).click();
    // the sheet also lists the task's links; removing one removes the arrow for everyone
    await table.locator('[data-row-id]').filter({ hasText: 'Foundations' }).locator('.gantt-cell--name').dblclick();
    await bo.page.getByRole('dialog', { name: 'Edit Foundations' }).getByRole('button', { name: 'Remove link Excavate → Foundations' }).click();
    await expect.poll(() => ann.page.locator('.gantt-link').count()).toBe(0);
    await bo.page.getByRole('dialog', { name: 'Edit Foundations' }).getByRole('button', { name: 'Close' }).last().click();
    await bo.page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => ann.page.locator('[data-row-id]').filter({ hasText: 'Foundations' }).locator('.gantt-cell--percent').textContent()).toBe('50%');
  });

  it('zooms with the buttons and with Ctrl + wheel over the timeline (as a pinch does on touch)', async () => {
    const zoom = (name: string) => ann.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name });
    await zoom('Months').click();
    await expect.poll(() => zoom('Months').getAttribute('aria-pressed')).toBe('true');
    const chart = await ann.page.getByTestId('gantt-chart').boundingBox();
    if (!chart) throw new Error('chart not laid out');
    await ann.page.mouse.move(chart.x + 40, chart.y + 20);
    await ann.page.keyboard.down('Control');
    await ann.page.mouse.wheel(0, -100);
    await ann.page.keyboard.up('Control');
    await expect.poll(() => zoom('Weeks').getAttribute('aria-pressed')).toBe('true');
  });

  it('a day off added to the working calendar moves the task that starts on it, for the teammate live; a member only reads the calendar', async () => {
    await bo.page.getByRole('button', { name: 'Working calendar' }).click();
    const readOnly = bo.page.getByRole('dialog', { name: 'Working calendar' });
    await readOnly.getByText('Only the owner, admins and managers').waitFor();
    expect(await readOnly.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await readOnly.getByRole('checkbox', { name: 'Monday' }).isDisabled()).toBe(true);
    await readOnly.getByRole('button', { name: 'Close' }).click();

    const before = await barDates(bo.page, 'Foundations');
    await ann.page.getByRole('button', { name: 'Working calendar' }).click();
    const dialog = ann.page.getByRole('dialog', { name: 'Working calendar' });
    expect(await dialog.getByRole('checkbox', { name: /official holidays/ }).isChecked()).toBe(true);
    const daysOff = dialog.getByRole('textbox', { name: 'Extra days off' });
    await daysOff.fill(`${before.start}, tomorrow`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText('"tomorrow" in the days off is not a day').waitFor();
    expect((await barDates(bo.page, 'Foundations')).start).toBe(before.start);
    await daysOff.fill(before.start.replaceAll('-', '/'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(async () => (await barDates(bo.page, 'Foundations')).start > before.start).toBe(true);
    await expect.poll(async () => (await barDates(ann.page, 'Foundations')).start).toBe((await barDates(bo.page, 'Foundations')).start);
  });

  it('a viewer sees the schedule live but gets no editing controls, and a drag changes nothing', async () => {
    const link = await createInvite(ann.page, 'Viewer');
    const cy = await joinAs(e2e.browser, link, 'Cy Zhao');
    await cy.page.getByRole('link', { name: 'Tower C' }).click();
    await openGantt(cy.page);
    await cy.page.getByText('You can view this schedule').waitFor();
    expect(await cy.page.getByRole('button', { name: 'Auto-schedule' }).count()).toBe(0);
    const before = await barDates(cy.page, 'Excavate');
    const body = await bar(cy.page, 'Excavate').locator('.gantt-bar__body').boundingBox();
    if (!body) throw new Error('bar not laid out');
    await cy.page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
    await cy.page.mouse.down();
    await cy.page.mouse.move(body.x + body.width / 2 + 200, body.y + body.height / 2, { steps: 6 });
    await cy.page.mouse.up();
    expect(await barDates(cy.page, 'Excavate')).toEqual(before);
    await cy.page.context().close();
    await openGanttIfNeeded(ann.page);
  });

  it('has no serious accessibility violations, with the risk panel and the resource load open', async () => {
    const risks = ann.page.getByRole('button', { name: /^Risks/ });
    if ((await risks.getAttribute('aria-expanded')) !== 'true') await risks.click();
    await ann.page.getByTestId('risk-panel').waitFor();
    await ann.page.getByRole('button', { name: 'Resource load' }).click();
    await ann.page.getByTestId('resource-panel').getByTestId('load-row').first().waitFor();
    expect(await seriousViolations(ann.page)).toEqual([]);
  });
});
