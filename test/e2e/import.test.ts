// Importing a Chinese Excel schedule through the UI: the preview shows the one problem cell, confirming
// writes the tasks (they appear on the board), undo takes the whole import back, and re-importing an
// edited copy updates only the two tasks that changed; the Gantt shows the hierarchy and links. A
// password-protected file gets a clear answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const TITLES = ['基础工程', '测量放线', '土方开挖', '垫层浇筑', '基础钢筋绑扎', '主体结构', '一层柱墙', '一层顶板', '主体验收'];

async function chooseFile(page: Page, name: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, name));
}

async function summary(page: Page, text: string): Promise<void> {
  await page.getByTestId('import-summary').filter({ hasText: text }).waitFor();
}

describe('importing an Excel schedule', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann');
    await createProject(ann.page, '3号楼', []);
  });

  it('explains a password-protected file instead of importing it', async () => {
    const { page } = ann;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import tasks' }).waitFor();
    await chooseFile(page, 'broken-encrypted.xlsx');
    await expect.poll(() => page.getByTestId('import-failure').textContent()).toContain('password-protected');
  });

  it('asks for the columns when no header is recognised, and imports once the task name is picked', async () => {
    const { page } = ann;
    await chooseFile(page, 'no-header.csv');
    await page.getByRole('alert').filter({ hasText: 'No header row was recognised' }).waitFor();
    await page.locator('select[data-field="title"]').selectOption({ label: 'A: Aufgabe' });
    await summary(page, '2 new, 0 changed, 0 unchanged');
    expect(await page.locator('[data-status="added"]').allTextContents()).toEqual([expect.stringContaining('Aushub'), expect.stringContaining('Beton')]);
    // Forget the remembered mapping so the next file is mapped from its own headers.
    await page.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('sitebeam.importMapping.')) localStorage.removeItem(key); });
  });

  it('previews with one warning, imports in one undo step, and re-imports only what changed', async () => {
    const { page } = ann;
    await chooseFile(page, 'schedule-zh.xlsx');
    await summary(page, '9 new, 0 changed, 0 unchanged, 0 not in the file');
    expect(await page.getByTestId('import-problems').textContent()).toBe('0 errors, 1 warnings');
    const issues = page.locator('.import-issue');
    expect(await issues.count()).toBe(1);
    expect(await issues.first().textContent()).toBe('C8: 1.5 days rounded up to 2 working days.');

    await page.getByRole('button', { name: 'Import 9 tasks' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 9 new, 0 updated.' }).waitFor();
    await summary(page, '0 new, 0 changed, 9 unchanged');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await summary(page, '9 new, 0 changed, 0 unchanged');

    await page.getByRole('button', { name: 'Import 9 tasks' }).click();
    await summary(page, '0 new, 0 changed, 9 unchanged');
    await chooseFile(page, 'schedule-zh-edited.xlsx');
    await summary(page, '0 new, 2 changed, 7 unchanged, 0 not in the file');
    expect(await page.locator('[data-status="changed"]').allTextContents()).toEqual([
      expect.stringContaining('基础垫层浇筑'), expect.stringContaining('基础钢筋绑扎'),
    ]);
    await page.getByRole('button', { name: 'Import 2 tasks' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 0 new, 2 updated.' }).waitFor();

    // The stored schedule, read back through the CSV export: hierarchy by WBS code, links with types and lags,
    // dates scheduled on the China calendar (清明 4–6 April 2026 off, so 一层顶板 ends on the 7th).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export: CSV (UTF-8)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFWBS,Task Name,Start,Finish,Duration,Predecessors')).toBe(true);
    const lines = csv.trim().split('\r\n').slice(1).map((line) => line.split(',').slice(0, 6).join(','));
    expect(lines).toEqual([
      '1,基础工程,2026-03-02,2026-03-19,14,', '1.1,测量放线,2026-03-02,2026-03-03,2,', '1.2,土方开挖,2026-03-04,2026-03-10,5,1.1',
      '1.3,基础垫层浇筑,2026-03-11,2026-03-12,2,1.2', '1.4,基础钢筋绑扎,2026-03-12,2026-03-19,6,1.3SS+1', '2,主体结构,2026-03-20,2026-04-07,12,',
      '2.1,一层柱墙,2026-03-20,2026-03-26,5,1.4', '2.2,一层顶板,2026-03-31,2026-04-07,5,2.1FS+2', '2.3,主体验收,2026-04-07,2026-04-07,0,2.2',
    ]);

    await page.getByRole('link', { name: 'Open the board' }).first().click();
    const cards = page.locator('[data-testid="column"]').first().getByRole('button');
    await page.getByRole('button', { name: '基础垫层浇筑', exact: true }).waitFor();
    const names = await cards.allTextContents();
    for (const title of TITLES.map((title) => (title === '垫层浇筑' ? '基础垫层浇筑' : title))) expect(names.some((name) => name.includes(title))).toBe(true);
    expect(await page.getByRole('button', { name: '垫层浇筑', exact: true }).count()).toBe(0);

    // The Gantt: summaries spanning their children, six links drawn, dates as scheduled.
    await page.evaluate(() => { location.hash = `${location.hash.replace(/\/card\/.*$/, '')}/gantt`; });
    await page.getByRole('grid', { name: 'Tasks' }).waitFor();
    await page.getByRole('img', { name: '主体结构: 2026-03-20 to 2026-04-07' }).waitFor();
    await page.getByRole('img', { name: '一层顶板: 2026-03-31 to 2026-04-07' }).waitFor();
    expect(await page.locator('.gantt-link').count()).toBe(6);
  });

  it('keeps or skips each name no member has; a kept name shows on its cards and becomes the member\'s once they join', async () => {
    const { page } = ann;
    await page.getByRole('link', { name: /Projects/ }).first().click();
    await createProject(page, '4号楼', []);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import tasks' }).waitFor();
    await chooseFile(page, 'schedule-zh.xlsx');
    await summary(page, '9 new, 0 changed');
    const people = page.getByTestId('import-unknown-people');
    expect(await people.locator('legend').allTextContents()).toEqual(['张三 (2 tasks)', '李四 (2 tasks)', '王五 (2 tasks)']);
    expect(await people.getByRole('radio', { name: 'Keep “张三” on the tasks, as not a member yet' }).isChecked()).toBe(true);
    await people.getByRole('radio', { name: 'Skip “李四”' }).check();
    await page.getByRole('button', { name: 'Import 9 tasks' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 9 new, 0 updated.' }).waitFor();

    await page.getByRole('link', { name: 'Open the board' }).first().click();
    const cardOf = (title: string) => page.locator('[data-testid="card"]').filter({ has: page.getByRole('button', { name: title, exact: true }) });
    await expect.poll(() => cardOf('测量放线').getByTestId('card-pending').allTextContents()).toEqual(['张三 · not a member yet']);
    expect(await cardOf('一层柱墙').getByTestId('card-pending').allTextContents()).toEqual(['王五 · not a member yet']);
    expect(await cardOf('垫层浇筑').getByTestId('card-pending').count()).toBe(0);

    const link = await createInvite(page, 'Member');
    await joinAs(e2e.browser, link, '张三');
    await page.getByRole('link', { name: '4号楼' }).click();
    await cardOf('测量放线').getByRole('button', { name: '测量放线', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Edit card' });
    await editor.getByTestId('pending-assignees').getByText('张三 · not a member yet').waitFor();
    await editor.getByRole('button', { name: 'Assign 张三' }).click();
    await editor.getByRole('button', { name: 'Close' }).last().click();
    await cardOf('测量放线').getByRole('img', { name: 'Assigned to 张三' }).waitFor();
    expect(await cardOf('测量放线').getByTestId('card-pending').count()).toBe(0);
    // the Gantt's assignee column says the same
    await page.evaluate(() => { location.hash = `${location.hash.replace(/\/card\/.*$/, '')}/gantt`; });
    const grid = page.getByRole('grid', { name: 'Tasks' });
    await grid.getByText('王五 (not a member yet)').first().waitFor();
    expect(await grid.getByText('张三 (not a member yet)').count()).toBe(1);
  });
});
