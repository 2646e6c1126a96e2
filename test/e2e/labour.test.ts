// Day labour on a phone through the real relay: the owner adds a crew, goes offline, records a day for
// three workers and signs it, reconnects; a manager on another device sees the per-worker summary and
// the totals, groups it by team and by month, exports it as .csv and .xlsx, and sees the signed labour
// as the actual cost under Labour in the cost centre. Piece work keeps its unit in the list and the records export, and undo/redo work on the
// page. An unsigned record is edited (live for the manager) or deleted after a confirm, each one undo
// step; a signed one is locked, also when it is signed while open in the editor, and one deleted while
// open can't be saved back; an edit made offline while the manager signed voids that sign-off on both
// devices; one deleted offline while the manager signs it stays counted and flagged until kept or deleted
// again. The page and the cost centre link to importing a sheet. A member without finance access is
// told why the page stays closed.
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { seriousViolations } from './axe';

const CREW = [
  { name: 'Wang Wu', team: 'Masons', rate: '350' },
  { name: 'Li Si', team: 'Masons', rate: '300' },
  { name: 'Zhao Liu', team: 'Carpenters', rate: '400' },
] as const;

async function addWorker(page: Page, worker: (typeof CREW)[number]): Promise<void> {
  const form = page.getByRole('form', { name: 'Add worker' });
  await form.getByLabel('Name').fill(worker.name);
  await form.getByLabel('Team').fill(worker.team);
  await form.getByLabel('Day rate (¥)').fill(worker.rate);
  await form.getByRole('button', { name: 'Add worker' }).click();
  await page.getByRole('form', { name: 'Record labour' }).getByRole('button', { name: worker.name }).waitFor();
}

describe('day labour on a phone, offline, seen by a manager', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;
  let labourUrl = '';

  it('records a signed day for three workers offline and the manager sees the summary after reconnecting', async () => {
    // axe is injected as a script for the accessibility check; the app's CSP would refuse it
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    await createProject(ann.page, 'Tower L', []);
    const boardUrl = ann.page.url();
    labourUrl = `${boardUrl}/labour`;
    await waitForSyncState(ann.page, 'saved-server');
    const managerLink = await createInvite(ann.page, 'Manager');
    bo = await joinAs(e2e.browser, managerLink, 'Bo Li');

    await ann.page.setViewportSize({ width: 360, height: 740 });
    await ann.page.goto(boardUrl);
    await ann.page.getByRole('link', { name: 'Day labour' }).click();
    expect(ann.page.url()).toBe(labourUrl);
    await ann.page.getByRole('heading', { name: 'Day labour', level: 1 }).waitFor();
    for (const worker of CREW) await addWorker(ann.page, worker);
    await waitForSyncState(ann.page, 'saved-server');

    await ann.context.setOffline(true);
    await waitForSyncState(ann.page, 'offline');
    const entry = ann.page.getByRole('form', { name: 'Record labour' });
    for (const worker of CREW) {
      await entry.getByRole('button', { name: worker.name }).click();
      await expect.poll(() => entry.getByLabel('Day rate (¥)').inputValue()).toBe(`${worker.rate}.00`);
      await entry.getByRole('button', { name: 'Save' }).click();
      await ann.page.locator('.labour-records li', { hasText: worker.name }).waitFor();
    }
    for (let i = 0; i < CREW.length; i++) await ann.page.getByRole('button', { name: 'Sign', exact: true }).first().click();
    await expect.poll(() => ann.page.getByRole('button', { name: 'Signed', exact: true }).count()).toBe(3);
    const total = ann.page.locator('.labour-summary tfoot tr');
    await expect.poll(() => total.innerText()).toContain('¥1,050.00');
    expect(await seriousViolations(ann.page)).toEqual([]);
    await ann.context.setOffline(false);
    await waitForSyncState(ann.page, 'saved-server');

    await bo.page.goto(labourUrl);
    const row = bo.page.locator('.labour-summary tbody tr', { hasText: 'Zhao Liu' });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('¥400.00');
    await expect.poll(() => bo.page.locator('.labour-summary tfoot tr').innerText()).toMatch(/¥1,050\.00[\s\S]*¥0\.00[\s\S]*¥0\.00[\s\S]*¥1,050\.00/);

    const [download] = await Promise.all([bo.page.waitForEvent('download'), bo.page.getByRole('button', { name: 'Export: CSV (UTF-8)' }).click()]);
    const file = await download.path();
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('Zhao Liu,Carpenters,,400,0,0,400\r\n');
    expect(csv).toContain('Total,,,1050,0,0,1050\r\n');

    // the worker roster, folded under the records, lists and exports the workers with their default day rates
    await bo.page.getByTestId('worker-roster').locator('summary').click();
    await bo.page.getByTestId('worker-roster').getByRole('rowheader', { name: 'Zhao Liu' }).waitFor();
    const [roster] = await Promise.all([bo.page.waitForEvent('download'), bo.page.getByRole('group', { name: 'Export the worker roster' }).getByRole('button', { name: 'Export .csv' }).click()]);
    const rosterLines = (await readFile(await roster.path(), 'utf8')).split('\r\n');
    expect(rosterLines[0]).toBe('\uFEFFWorker,Team,Trade,Default day rate (¥),Phone,State');
    expect(rosterLines.filter((line) => /^Zhao Liu,Carpenters,[^,]*,\d+(\.\d+)?,[^,]*,Active$/.test(line))).toHaveLength(1);
  });

  it('the manager groups the summary by team and by month (each adds up to the worker total), exports the team and worker summaries, and sees the labour in the cost centre', async () => {
    const page = bo.page;
    const grouping = page.getByRole('group', { name: 'Group the summary by' });
    await grouping.getByRole('button', { name: 'Team', exact: true }).click();
    const byTeam = page.getByTestId('labour-by-team');
    await expect.poll(() => byTeam.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^Carpenters\s+1\s+1\s+0\s+0\s+¥400\.00\s+¥400\.00\s+¥0\.00$/),
      expect.stringMatching(/^Masons\s+2\s+2\s+0\s+0\s+¥650\.00\s+¥650\.00\s+¥0\.00$/),
    ]);
    expect(await byTeam.locator('tfoot tr').innerText()).toMatch(/^Total\s+3\s+3\s+0\s+0\s+¥1,050\.00\s+¥1,050\.00\s+¥0\.00$/);
    const [teamCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export: CSV (UTF-8)' }).click()]);
    expect(teamCsv.suggestedFilename()).toBe('Per team.csv');
    expect(await readFile(await teamCsv.path(), 'utf8')).toBe('\uFEFFTeam,Records,Man-days,Hours,Overtime (h),Amount (¥),Signed (¥),Not signed (¥)\r\n'
      + 'Carpenters,1,1,0,0,400,400,0\r\nMasons,2,2,0,0,650,650,0\r\nTotal,3,3,0,0,1050,1050,0\r\n');

    await grouping.getByRole('button', { name: 'Month', exact: true }).click();
    const byMonth = page.getByTestId('labour-by-month');
    await expect.poll(() => byMonth.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^\d{4}-\d{2}\s+3\s+3\s+0\s+0\s+¥1,050\.00\s+¥1,050\.00\s+¥0\.00$/)]);
    expect(await byMonth.locator('tfoot tr').innerText()).toContain('¥1,050.00');

    await grouping.getByRole('button', { name: 'Worker', exact: true }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export: Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Per worker.xlsx');
    const [sheet] = await readXlsxFile(await readFile(await xlsx.path()));
    const [header, ...rows] = sheet?.data ?? [];
    const total = rows.pop();
    expect(header).toEqual(['Worker', 'Team', 'Trade', 'Signed (¥)', 'Not signed (¥)', 'Paid (¥)', 'Owed (¥)']);
    // money cells are numbers a spreadsheet adds up, not text
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['Li Si', 'Masons', null, 300, 0, 0, 300],
      ['Wang Wu', 'Masons', null, 350, 0, 0, 350],
      ['Zhao Liu', 'Carpenters', null, 400, 0, 0, 400],
    ]);
    expect(total).toEqual(['Total', null, null, 1050, 0, 0, 1050]);

    // signed labour is an actual cost under Labour with no typing-in: the cost centre shows it
    await page.goto(labourUrl.replace(/\/labour$/, '/costs'));
    const labourRow = page.getByTestId('budget-row').filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) });
    await expect.poll(() => labourRow.getByTestId('budget-actual').innerText(), { timeout: 15_000 }).toBe('¥1,050.00');
    await expect.poll(() => page.getByTestId('budget-total').getByTestId('budget-actual').innerText()).toBe('¥1,050.00');
    // the next steps watch the day list with the manager on the labour page
    await page.goto(labourUrl);
    await page.getByRole('heading', { name: 'Day labour', level: 1 }).waitFor();
  });

  it('piece work keeps its unit in the day list and the records export; Ctrl+Z takes it back and Redo brings it back', async () => {
    const page = ann.page;
    await page.getByRole('link', { name: 'Back to the project' }).waitFor();
    const entry = page.getByRole('form', { name: 'Record labour' });
    await entry.getByRole('button', { name: 'Wang Wu' }).click();
    await entry.getByLabel('Paid by').selectOption('piece-rate');
    await entry.getByLabel('Rate per unit (¥)').fill('12.35');
    await entry.getByLabel('Quantity (units done)').fill('40.125');
    await entry.getByLabel('Unit (个, 米, ㎡…)').fill(' ㎡ ');
    await entry.getByRole('button', { name: 'Save' }).click();
    // 12.35 × 40.125 = 495.54375 → ¥495.54, rounded once
    const piece = page.locator('.labour-records li', { hasText: '40.125 ㎡ × ¥12.35' });
    await piece.filter({ hasText: '¥495.54' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'All labour records' }).getByRole('button', { name: 'Export .csv' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(',Wang Wu,Masons,Piece rate (rate × quantity),,,,40.125,㎡,12.35,0,0,495.54,,Not signed\r\n');
    expect(csv.match(/,Signed\r\n/g)?.length).toBe(3);

    await page.getByRole('heading', { name: 'Day labour', level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => piece.count()).toBe(0);
    await expect.poll(() => page.locator('.labour-records li').count()).toBe(3);
    await page.getByRole('button', { name: 'Redo' }).click();
    await piece.filter({ hasText: '¥495.54' }).waitFor();
  });

  it('the owner edits an unsigned record’s days: the form is prefilled exactly, the manager sees the new amount live, and the edit is its own undo step; a signed record offers no edit', async () => {
    const page = ann.page;
    const zhao = page.locator('.labour-records li', { hasText: 'Zhao Liu' });
    await zhao.getByRole('button', { name: 'Signed', exact: true }).click();
    await zhao.getByRole('button', { name: 'Sign', exact: true }).waitFor();

    // a signed record says why it can't be changed, and offers neither edit nor delete
    const li = page.locator('.labour-records li', { hasText: 'Li Si' });
    await li.getByText('Signed, so locked: unsign to edit or delete').waitFor();
    expect(await li.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);

    await zhao.getByRole('button', { name: /^Edit Zhao Liu’s record of / }).click();
    const edit = page.getByRole('form', { name: 'Edit labour record' });
    expect(await edit.getByLabel('Day rate (¥)').inputValue()).toBe('400.00');
    expect(await edit.getByLabel('Man-days', { exact: true }).inputValue()).toBe('1');
    expect(await edit.getByRole('button', { name: 'Zhao Liu' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('form', { name: 'Record labour' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await edit.getByLabel('Man-days', { exact: true }).fill('1.3');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('alert').filter({ hasText: 'Use steps of 0.5.' }).waitFor();
    await edit.getByLabel('Man-days', { exact: true }).fill('1.5');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('form', { name: 'Record labour' }).waitFor();
    // 400 × 1.5, the same record changed (not a new one)
    await zhao.filter({ hasText: '¥600.00' }).waitFor();
    expect(await page.locator('.labour-records li', { hasText: 'Zhao Liu' }).count()).toBe(1);
    const boZhao = bo.page.locator('.labour-records li', { hasText: 'Zhao Liu' });
    await boZhao.filter({ hasText: '1.5 Man-days' }).filter({ hasText: '¥600.00' }).waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    await boZhao.filter({ hasText: '¥400.00' }).waitFor();
    // only the edit was undone: the record stays unsigned
    await zhao.getByRole('button', { name: 'Sign', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await boZhao.filter({ hasText: '¥600.00' }).waitFor();
  });

  it('a record the manager signs while the owner has it open in the editor: the owner is told at once, and Save writes nothing', async () => {
    const page = ann.page;
    const zhao = page.locator('.labour-records li', { hasText: 'Zhao Liu' });
    await zhao.getByRole('button', { name: /^Edit Zhao Liu’s record of / }).click();
    const edit = page.getByRole('form', { name: 'Edit labour record' });
    await edit.getByLabel('Man-days', { exact: true }).fill('2');
    await bo.page.locator('.labour-records li', { hasText: 'Zhao Liu' }).getByRole('button', { name: 'Sign', exact: true }).click();
    await edit.getByTestId('labour-edit-signed').filter({ hasText: 'This record was signed meanwhile, so it is locked.' }).waitFor();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'This record is signed, so nothing was changed' }).waitFor();
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('form', { name: 'Record labour' }).waitFor();
    await zhao.filter({ hasText: '1.5 Man-days' }).filter({ hasText: '¥600.00' }).getByRole('button', { name: 'Signed', exact: true }).waitFor();
    await waitForSyncState(page, 'saved-server');
    expect(await bo.page.locator('.labour-records li', { hasText: 'Zhao Liu' }).innerText()).toContain('¥600.00');
  });

  it('deleting an unsigned record asks first, naming the worker and the day; Undo brings it back on both devices', async () => {
    const page = ann.page;
    const heading = await page.getByRole('heading', { name: /^Recorded on / }).innerText();
    const day = heading.replace(/^Recorded on /, '');
    const piece = (on: Page) => on.locator('.labour-records li', { hasText: '40.125 ㎡ × ¥12.35' });
    await piece(bo.page).waitFor();
    const messages: string[] = [];
    const onDialog = (dialog: { type(): string; message(): string }): void => void (dialog.type() === 'confirm' && messages.push(dialog.message()));
    page.on('dialog', onDialog);
    await piece(page).getByRole('button', { name: `Delete Wang Wu’s record of ${day}` }).click();
    page.off('dialog', onDialog);
    expect(messages).toEqual([`Delete Wang Wu’s labour record of ${day} (¥495.54)? You can undo it right after.`]);
    await expect.poll(() => piece(page).count()).toBe(0);
    await expect.poll(() => piece(bo.page).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await piece(page).filter({ hasText: '¥495.54' }).waitFor();
    await piece(bo.page).filter({ hasText: '¥495.54' }).waitFor();
  });

  it('a record the manager deletes while the owner has it open in the editor: the owner is told at once, and Save brings nothing back', async () => {
    const page = ann.page;
    const piece = (on: Page) => on.locator('.labour-records li', { hasText: '40.125 ㎡ × ¥12.35' });
    await piece(page).getByRole('button', { name: /^Edit Wang Wu’s record of / }).click();
    const edit = page.getByRole('form', { name: 'Edit labour record' });
    expect(await edit.getByLabel('Rate per unit (¥)').inputValue()).toBe('12.35');
    expect(await edit.getByLabel('Quantity (units done)').inputValue()).toBe('40.125');
    expect(await edit.getByLabel('Unit (个, 米, ㎡…)').inputValue()).toBe('㎡');
    await edit.getByLabel('Quantity (units done)').fill('50');
    await piece(bo.page).getByRole('button', { name: /^Delete Wang Wu’s record of / }).click();
    await edit.getByTestId('labour-edit-gone').filter({ hasText: 'This record was deleted by someone else.' }).waitFor();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'This labour record was deleted by someone else, so nothing was saved.' }).waitFor();
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await waitForSyncState(page, 'saved-server');
    expect(await piece(page).count()).toBe(0);
    expect(await bo.page.locator('.labour-records li', { hasText: '50 ㎡' }).count()).toBe(0);
    expect(await page.locator('.labour-records li').count()).toBe(3);
  });

  it('an edit made offline while the manager signs the record: after syncing it is not signed on either device, and says why', async () => {
    const page = ann.page;
    const zhao = (on: Page) => on.locator('.labour-records li', { hasText: 'Zhao Liu' });
    await zhao(page).getByRole('button', { name: 'Signed', exact: true }).click();
    await zhao(bo.page).getByRole('button', { name: 'Sign', exact: true }).waitFor();
    await ann.context.setOffline(true);
    await waitForSyncState(page, 'offline');
    await zhao(page).getByRole('button', { name: /^Edit Zhao Liu’s record of / }).click();
    const edit = page.getByRole('form', { name: 'Edit labour record' });
    await edit.getByLabel('Man-days', { exact: true }).fill('2');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await zhao(page).filter({ hasText: '¥800.00' }).waitFor();
    // the manager signs what he sees: 1.5 days, ¥600.00
    await zhao(bo.page).filter({ hasText: '¥600.00' }).getByRole('button', { name: 'Sign', exact: true }).click();
    await zhao(bo.page).getByRole('button', { name: 'Signed', exact: true }).waitFor();
    await waitForSyncState(bo.page, 'saved-server');

    await ann.context.setOffline(false);
    await waitForSyncState(page, 'saved-server');
    const voided = 'Changed on another device after it was signed, so it is no longer signed: check it and sign again.';
    for (const on of [page, bo.page]) {
      await zhao(on).filter({ hasText: '¥800.00' }).getByRole('note').filter({ hasText: voided }).waitFor();
      await zhao(on).getByRole('button', { name: 'Sign', exact: true }).waitFor();
    }
    await zhao(bo.page).getByRole('button', { name: 'Sign', exact: true }).click();
    await zhao(page).getByRole('button', { name: 'Signed', exact: true }).waitFor();
    expect(await zhao(page).getByRole('note').count()).toBe(0);
  });

  it('a record deleted offline while the manager signs it stays counted and flagged on both devices; Keep keeps it, Delete again removes it', async () => {
    const page = ann.page;
    const li = (on: Page) => on.locator('.labour-records li', { hasText: 'Li Si' });
    const total = (on: Page) => on.locator('.labour-summary tfoot tr').innerText();
    await li(page).getByRole('button', { name: 'Signed', exact: true }).click();
    await li(bo.page).getByRole('button', { name: 'Sign', exact: true }).waitFor();
    await waitForSyncState(page, 'saved-server');
    // signed: Wang Wu ¥350.00 + Zhao Liu ¥800.00; Li Si's ¥300.00 not signed
    await expect.poll(() => total(bo.page)).toMatch(/^Total\s+¥1,150\.00\s+¥300\.00\s+¥0\.00\s+¥1,150\.00$/);
    const signedAll = /^Total\s+¥1,450\.00\s+¥0\.00\s+¥0\.00\s+¥1,450\.00$/;

    await ann.context.setOffline(true);
    await waitForSyncState(page, 'offline');
    await li(page).getByRole('button', { name: /^Delete Li Si’s record of / }).click();
    await expect.poll(() => li(page).count()).toBe(0);
    // the manager signs what he sees (¥300.00): a money agreement that must not vanish in the merge
    await li(bo.page).getByRole('button', { name: 'Sign', exact: true }).click();
    await li(bo.page).getByRole('button', { name: 'Signed', exact: true }).waitFor();
    await waitForSyncState(bo.page, 'saved-server');
    await ann.context.setOffline(false);
    await waitForSyncState(page, 'saved-server');

    const flag = 'Deleted by Ann Wang while signed by Bo Li: it still counts as cost and as owed. Decide: keep it, or delete it again.';
    const decisions = (on: Page) => on.getByTestId('labour-delete-decisions');
    for (const on of [page, bo.page]) {
      await li(on).filter({ hasText: '¥300.00' }).getByRole('note').filter({ hasText: flag }).waitFor();
      await expect.poll(() => total(on)).toMatch(signedAll);
      // the page header counts it too, whatever day is shown
      await expect.poll(() => decisions(on).innerText()).toMatch(/^Records deleted while being signed, waiting for Keep or Delete again: 1\.\s+Show /);
    }
    await li(bo.page).getByRole('button', { name: /^Keep Li Si’s signed record of / }).click();
    for (const on of [page, bo.page]) {
      await expect.poll(() => decisions(on).count()).toBe(0);
      await expect.poll(() => li(on).getByRole('note').count()).toBe(0);
      await li(on).getByRole('button', { name: 'Signed', exact: true }).waitFor();
    }
    expect(await total(page)).toMatch(signedAll);

    // flagged again, and this time the owner deletes it again: the sign-off goes with it, everywhere
    await li(page).getByRole('button', { name: 'Signed', exact: true }).click();
    await li(bo.page).getByRole('button', { name: 'Sign', exact: true }).waitFor();
    await waitForSyncState(page, 'saved-server');
    await ann.context.setOffline(true);
    await waitForSyncState(page, 'offline');
    await li(page).getByRole('button', { name: /^Delete Li Si’s record of / }).click();
    await li(bo.page).getByRole('button', { name: 'Sign', exact: true }).click();
    await waitForSyncState(bo.page, 'saved-server');
    await ann.context.setOffline(false);
    await li(page).getByRole('note').filter({ hasText: flag }).waitFor();
    await li(page).getByRole('button', { name: /^Delete Li Si’s signed record of .* again$/ }).click();
    for (const on of [page, bo.page]) {
      await expect.poll(() => li(on).count()).toBe(0);
      await expect.poll(() => on.locator('.labour-summary tbody tr', { hasText: 'Li Si' }).count()).toBe(0);
      expect(await total(on)).toMatch(/^Total\s+¥1,150\.00\s+¥0\.00\s+¥0\.00\s+¥1,150\.00$/);
    }
    await waitForSyncState(page, 'saved-server');
  });

  it('the labour page and the cost centre link to importing their kind of sheet', async () => {
    const page = ann.page;
    await page.getByRole('link', { name: 'Import from a sheet' }).click();
    await page.getByRole('heading', { name: 'Import day labour' }).waitFor();
    expect(page.url()).toBe(`${labourUrl.replace(/\/labour$/, '')}/import/labour`);
    await page.goto(labourUrl.replace(/\/labour$/, '/costs'));
    await page.getByRole('heading', { name: 'Cost centre', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Import from a sheet' }).click();
    await page.getByRole('heading', { name: 'Import costs' }).waitFor();
    expect(page.url()).toBe(`${labourUrl.replace(/\/labour$/, '')}/import/costs`);
    await page.goto(labourUrl);
    await page.getByRole('heading', { name: 'Day labour', level: 1 }).waitFor();
  });

  it('a member without finance access is told why, and no finance room opens', async () => {
    const memberLink = await createInvite(ann.page, 'Member');
    const cy = await joinAs(e2e.browser, memberLink, 'Cy Zhou');
    await cy.page.goto(labourUrl.replace(/\/labour$/, ''));
    await cy.page.getByRole('heading', { name: 'Tower L', level: 1 }).waitFor();
    expect(await cy.page.getByRole('link', { name: 'Day labour' }).count()).toBe(0);
    await cy.page.goto(labourUrl);
    await cy.page.getByText('Day labour is part of the project’s finances').waitFor();
    expect(await cy.page.locator('.labour-summary').count()).toBe(0);
  });
});
