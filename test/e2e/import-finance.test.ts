// Importing a foreman's labour sheet and an accountant's cost sheet (Chinese headers, a title row)
// through the import page: people not on the roster are listed and their rows skipped until the owner
// adds them, the records land in the labour centre and the cost centre with their exact amounts,
// importing the same files again changes nothing, a signed record is never changed by a re-import, and
// undo takes an import back. An unknown cost category is booked under Other unless the owner chooses to
// create it or picks an existing category (remembered for the next file). A hand-made column mapping is remembered per kind; piece work imports with
// its unit; a bare overtime pay total is explained. A member without finance rights is offered only schedules.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { seriousViolations } from './axe';

const LABOUR_CSV = [
  '3号楼点工记录表,,,,,,',
  '日期,姓名,班组,工日,日工资,金额,工作内容',
  '2026-03-05,张三,泥工班,1,380,380,砌墙',
  '2026-03-05,李四,泥工班,0.5,300,150,搬砖',
  '2026-03-06,张三,泥工班,1.5,380,570,砌墙',
  '2026-03-06,王五,木工班,1,320,320,支模',
].join('\r\n');

const COST_CSV = [
  '日期,类别,金额,供应商,发票号,备注',
  '2026-03-05,材料费,"12,345.60",华建建材,FP001,水泥',
  '2026/3/6,机械,800,,,挖机台班',
  '2026-03-07,人工,-200.50,某劳务,,退款',
].join('\r\n');

async function chooseCsv(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

async function summary(page: Page, text: string): Promise<void> {
  await page.getByTestId('import-summary').filter({ hasText: text }).waitFor();
}

describe('importing labour and cost sheets', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let boardUrl = '';

  beforeAll(async () => {
    // axe is injected as a script for the accessibility check; the app's CSP would refuse it
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann', { bypassCSP: true });
    await createProject(ann.page, '3号楼', []);
    boardUrl = ann.page.url();
  });

  it('skips people not on the roster until they are added, then imports the labour with exact amounts, once', async () => {
    const { page } = ann;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('group', { name: 'What does the file hold?' }).waitFor();
    await page.getByRole('radio', { name: /Day labour/ }).check();
    await page.getByRole('heading', { name: 'Import day labour' }).waitFor();
    await chooseCsv(page, '点工.csv', LABOUR_CSV);

    await summary(page, '0 new, 0 changed, 0 unchanged, 0 signed and left as they are, 4 skipped');
    expect(await page.getByTestId('import-unknown-workers').innerText()).toBe('张三 (rows 3, 5; team 泥工班)\n李四 (rows 4; team 泥工班)\n王五 (rows 6; team 木工班)');
    expect(await page.locator('[data-status="skipped"] .import-issue').first().textContent()).toBe('B3: 张三 is not on the worker roster, so the row is skipped. Add them with the button above.');
    expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add 3 to the roster' }).click();
    await page.getByRole('status').filter({ hasText: 'Added to the worker roster: 张三, 李四, 王五.' }).waitFor();
    await summary(page, '4 new, 0 changed, 0 unchanged, 0 signed and left as they are, 0 skipped');
    expect(await page.getByTestId('import-problems').textContent()).toBe('0 errors, 0 warnings');
    expect(await page.locator('[data-status="added"]').nth(2).innerText()).toMatch(/^5\tNew\t2026-03-06\t张三\t1.5 man-days\t¥380.00\t¥570.00\t砌墙/);

    await page.getByRole('button', { name: 'Import 4 labour records' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 4 new, 0 updated' }).waitFor();
    await summary(page, '0 new, 0 changed, 4 unchanged');

    // The same file again: every row unchanged, nothing to write.
    await chooseCsv(page, '点工.csv', LABOUR_CSV);
    await summary(page, '0 new, 0 changed, 4 unchanged, 0 signed and left as they are, 0 skipped');
    expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    await waitForSyncState(page, 'saved-server');

    await page.goto(`${boardUrl}/labour`);
    const row = (name: string) => page.locator('.labour-summary tbody tr', { hasText: name });
    await expect.poll(() => row('张三').innerText()).toMatch(/张三\s+泥工班\s+¥0\.00\s+¥950\.00/);
    expect(await row('李四').innerText()).toMatch(/¥0\.00\s+¥150\.00/);
    expect(await row('王五').innerText()).toMatch(/木工班\s+¥0\.00\s+¥320\.00/);
    expect(await page.locator('.labour-summary tbody tr').count()).toBe(3);
    expect(await page.locator('.labour-summary tfoot tr').innerText()).toMatch(/¥0\.00\s+¥1,420\.00/);
  });

  it('leaves a signed record as it is on re-import, updates the unsigned one, and undo takes the import back', async () => {
    const { page } = ann;
    // On the labour page (where the last test ended): sign 张三's day of 5 March.
    await page.getByRole('form', { name: 'Record labour' }).getByRole('textbox', { name: 'Day', exact: true }).fill('2026-03-05');
    const record = page.locator('.labour-records li', { hasText: '张三' });
    await record.getByRole('button', { name: 'Sign', exact: true }).click();
    await record.getByRole('button', { name: 'Signed', exact: true }).waitFor();

    // A link straight to the labour import.
    await page.goto(`${boardUrl}/import/labour`);
    expect(await page.getByRole('radio', { name: /Day labour/ }).isChecked()).toBe(true);
    const edited = LABOUR_CSV.replace('2026-03-05,张三,泥工班,1,380,380', '2026-03-05,张三,泥工班,0.5,380,190').replace('2026-03-05,李四,泥工班,0.5,300,150', '2026-03-05,李四,泥工班,1,300,300');
    await chooseCsv(page, '点工-改.csv', edited);
    await summary(page, '0 new, 1 changed, 2 unchanged, 1 signed and left as they are, 0 skipped');
    expect(await page.locator('[data-status="protected"]').innerText()).toMatch(/^3\tSigned, left as it is\t2026-03-05\t张三\t0.5 man-days/);
    await page.getByText('Signed labour records are agreed work').waitFor();

    await page.getByRole('button', { name: 'Import 1 labour records' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 0 new, 1 updated, 2 unchanged, 1 signed left as they are.' }).waitFor();
    await summary(page, '0 new, 0 changed, 3 unchanged, 1 signed and left as they are');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await summary(page, '0 new, 1 changed, 2 unchanged, 1 signed and left as they are');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await summary(page, '0 new, 0 changed, 3 unchanged, 1 signed and left as they are');
    await waitForSyncState(page, 'saved-server');

    // 张三's signed day is still 1 × ¥380 (signed ¥380.00, pending ¥570.00); 李四's is now 1 × ¥300.
    await page.goto(`${boardUrl}/labour`);
    await expect.poll(() => page.locator('.labour-summary tbody tr', { hasText: '张三' }).innerText()).toMatch(/¥380\.00\s+¥570\.00/);
    expect(await page.locator('.labour-summary tbody tr', { hasText: '李四' }).innerText()).toMatch(/¥0\.00\s+¥300\.00/);
  });

  it('imports a cost sheet into the cost centre with the exact total, and a second import adds nothing', async () => {
    const { page } = ann;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${boardUrl}/import`);
    // The kinds are one radio group: arrow keys move from Schedule through Day labour to Costs.
    await page.getByRole('radio', { name: /Schedule/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: /Costs/ }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Import costs' }).waitFor();
    await chooseCsv(page, '成本.csv', COST_CSV);
    await summary(page, '3 new, 0 changed, 0 unchanged, 0 signed and left as they are, 0 skipped');
    // On a 360 px phone the page itself does not scroll sideways (the preview table scrolls in its own region).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Import 3 costs' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 3 new, 0 updated' }).waitFor();

    await chooseCsv(page, '成本.csv', COST_CSV);
    await summary(page, '0 new, 0 changed, 3 unchanged, 0 signed and left as they are, 0 skipped');
    await waitForSyncState(page, 'saved-server');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${boardUrl}/costs`);
    // 12,345.60 + 800 − 200.50 imported, plus the ¥380.00 that 张三's signed labour day books as a cost.
    await expect.poll(() => page.getByTestId('cost-total').textContent()).toBe('¥13,325.10');
    const rows = page.getByTestId('cost-table').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: 'Signed day labour' }).innerText()).toContain('¥380.00');
    expect(await rows.filter({ hasText: '华建建材' }).innerText()).toMatch(/Materials\s+¥12,345\.60[\s\S]*FP001/);
    expect(await rows.filter({ hasText: '某劳务' }).innerText()).toContain('-¥200.50');
  });

  it('creates a cost category the file names when the owner chooses to (else Other), with the costs in one undo step; the next import finds it by name', async () => {
    const { page } = ann;
    const sheet = ['日期,类别,金额,供应商,备注', '2026-03-08,咨询费,300,某设计院,方案评审', '2026-03-09,咨询 费,150,某设计院,复核', '2026-03-09,试验费,80,检测站,'].join('\r\n');
    await page.goto(`${boardUrl}/import/costs`);
    await page.getByRole('heading', { name: 'Import costs' }).waitFor();
    // a text too long for a category name (over 200 characters) can't be chosen; its row stays under Other
    const tooLong = `Consulting${'x'.repeat(200)}`;
    const longest = `Testing${'x'.repeat(193)}`;
    await chooseCsv(page, '过长.csv', ['日期,类别,金额', `2026-03-08,${tooLong},10`, `2026-03-08,${longest},20`].join('\r\n'));
    await page.getByTestId('import-unknown-categories').filter({ hasText: 'is longer than 200 characters, too long for a category name: its rows go under Other unless you pick an existing category.' }).waitFor();
    // 200 characters is still a name: only that one can be created; both can go to an existing category
    const optionsOf = (name: string) => page.getByRole('combobox', { name }).locator('option').allInnerTexts();
    expect(await optionsOf(`Category for “${longest}”`)).toEqual(['Book under Other', `Create category “${longest}”`, 'Use “Labour”', 'Use “Materials”', 'Use “Machinery”', 'Use “Subcontract”', 'Use “Overhead”']);
    expect(await optionsOf(`Category for “${tooLong.slice(0, 40)}…”`)).toEqual(['Book under Other', 'Use “Labour”', 'Use “Materials”', 'Use “Machinery”', 'Use “Subcontract”', 'Use “Overhead”']);
    expect(await page.locator('[data-status="added"] .import-issue').first().textContent()).toBe(`B2: the category "${tooLong}" is longer than 200 characters, too long for a category name; booked under Other.`);
    // on a 360 px phone the list wraps a long name instead of widening the page
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });

    await chooseCsv(page, '咨询.csv', sheet);
    await summary(page, '3 new, 0 changed, 0 unchanged, 0 signed and left as they are, 0 skipped');
    const unknown = page.getByTestId('import-unknown-categories');
    await unknown.filter({ hasText: '(rows 2, 3)' }).waitFor();
    // by default every unknown category goes under Other, with the warning naming the text
    expect(await page.locator('[data-status="added"]').first().innerText()).toMatch(/^2\tNew\t2026-03-08\tOther\t¥300\.00[\s\S]*B2: no cost category "咨询费"; booked under Other\./);
    const create = page.getByRole('combobox', { name: 'Category for “咨询费”' });
    expect(await create.inputValue()).toBe('other');
    await create.selectOption({ label: 'Create category “咨询费”' });
    // both spellings (咨询费, 咨询 费) are one new category, named as the file first writes it
    await page.locator('[data-status="added"]').first().filter({ hasText: '咨询费 (new category)' }).waitFor();
    expect(await page.locator('[data-status="added"]').nth(1).innerText()).toContain('咨询费 (new category)');
    expect(await page.locator('[data-status="added"]').nth(2).innerText()).toContain('Other');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import 3 costs' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 3 new, 0 updated' }).waitFor();
    await summary(page, '0 new, 0 changed, 3 unchanged');
    // undo takes the costs and the created category back in one step (咨询费 is unknown again), redo brings both
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await summary(page, '3 new, 0 changed, 0 unchanged');
    await page.getByRole('combobox', { name: 'Category for “咨询费”' }).waitFor();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await summary(page, '0 new, 0 changed, 3 unchanged');
    await waitForSyncState(page, 'saved-server');

    // the same file again: 咨询费 is a category now, found by name; 试验费 is still offered
    await chooseCsv(page, '咨询.csv', sheet);
    await summary(page, '0 new, 0 changed, 3 unchanged, 0 signed and left as they are, 0 skipped');
    await unknown.filter({ hasText: '试验费' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Category for “咨询费”' }).count()).toBe(0);
    // and it is now one of the existing categories 试验费 can go to
    expect(await page.getByRole('combobox', { name: 'Category for “试验费”' }).locator('option').allInnerTexts()).toContain('Use “咨询费”');

    await page.goto(`${boardUrl}/costs`);
    const rows = page.getByTestId('cost-table').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: '某设计院' }).allInnerTexts()).toEqual([expect.stringMatching(/咨询费\s+¥150\.00/), expect.stringMatching(/咨询费\s+¥300\.00/)]);
    expect(await rows.filter({ hasText: '检测站' }).innerText()).toContain('Other');
    expect(await page.getByRole('form', { name: 'Record a cost' }).getByLabel('Category').locator('option').allInnerTexts()).toContain('咨询费');
  });

  it('books an unknown category under an existing one the owner picks, and the next file with that text is booked the same way without asking', async () => {
    const { page } = ann;
    const sheet = ['日期,类别,金额,供应商,备注', '2026-03-10,检验费,60,质检站,抽检', '2026-03-11,检验 费,40,质检站,复检'].join('\r\n');
    await page.goto(`${boardUrl}/import/costs`);
    await page.getByRole('heading', { name: 'Import costs' }).waitFor();
    await chooseCsv(page, '检验.csv', sheet);
    await summary(page, '2 new, 0 changed, 0 unchanged');
    const pick = page.getByRole('combobox', { name: 'Category for “检验费”' });
    await pick.selectOption({ label: 'Use “Materials”' });
    // both rows go under Materials with no warning, and no category is offered to be made
    await page.locator('[data-status="added"]').first().filter({ hasText: 'Materials' }).waitFor();
    expect(await page.locator('[data-status="added"]').allInnerTexts()).toEqual([
      expect.stringMatching(/^2\tNew\t2026-03-10\tMaterials\t¥60\.00\t质检站/), expect.stringMatching(/^3\tNew\t2026-03-11\tMaterials\t¥40\.00\t质检站/),
    ]);
    expect(await page.locator('[data-status="added"] .import-issue').count()).toBe(0);
    await page.getByRole('button', { name: 'Import 2 costs' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 updated' }).waitFor();
    await waitForSyncState(page, 'saved-server');

    // a new visit with the same file: the pick is remembered (per workspace, on this device), so the rows match what was imported
    await page.goto(boardUrl);
    await page.goto(`${boardUrl}/import/costs`);
    await chooseCsv(page, '检验.csv', sheet);
    await summary(page, '0 new, 0 changed, 2 unchanged');
    expect(await page.getByRole('combobox', { name: 'Category for “检验费”' }).locator('option:checked').innerText()).toBe('Use “Materials”');

    await page.goto(`${boardUrl}/costs`);
    const rows = page.getByTestId('cost-table').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: '质检站' }).allInnerTexts()).toEqual([expect.stringMatching(/Materials\s+¥40\.00/), expect.stringMatching(/Materials\s+¥60\.00/)]);
  });

  it('remembers a labour sheet\'s custom column mapping for the next file with those headers, apart from the schedule\'s, and imports piece work', async () => {
    const { page } = ann;
    const mappingSelect = (field: string) => page.locator(`select[data-field="${field}"]`);
    // 师傅 and 活儿 are no header words the importer knows: the person maps them by hand.
    const piecework = ['日期,师傅,工日,日工资,计件单价,数量,单位,活儿', '2026-03-09,张三,1,380,,,,砌墙', '2026-03-09,李四,,,12.5,40,㎡,贴砖'].join('\r\n');
    await page.goto(`${boardUrl}/import/labour`);
    await page.getByRole('heading', { name: 'Import day labour' }).waitFor();
    await chooseCsv(page, '计件.csv', piecework);
    await page.getByRole('alert').filter({ hasText: 'No column is chosen for Worker' }).waitFor();
    await mappingSelect('worker').selectOption({ label: 'B: 师傅' });
    await mappingSelect('content').selectOption({ label: 'H: 活儿' });
    await summary(page, '2 new, 0 changed, 0 unchanged, 0 signed and left as they are, 0 skipped');
    expect(await page.locator('[data-status="added"]').nth(1).innerText()).toMatch(/^3\tNew\t2026-03-09\t李四\t40 ㎡\t¥12\.50 per ㎡\t¥500\.00\t贴砖/);
    await page.getByRole('button', { name: 'Import 2 labour records' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 2 new, 0 updated' }).waitFor();
    // In the labour centre (not signed yet): 李四's 40 ㎡ × ¥12.50 on top of his ¥300.00 day, 张三's day on top of his ¥570.00.
    await page.goto(`${boardUrl}/labour`);
    await expect.poll(() => page.locator('.labour-summary tbody tr', { hasText: '李四' }).innerText()).toMatch(/¥0\.00\s+¥800\.00/);
    expect(await page.locator('.labour-summary tbody tr', { hasText: '张三' }).innerText()).toMatch(/¥380\.00\s+¥950\.00/);

    // The schedule kind has its own memory: mapping 活儿 as its task name there leaves the labour mapping alone.
    const schedule = ['活儿,开始,工期', '放线,2026-03-10,2'].join('\r\n');
    await page.goto(`${boardUrl}/import`);
    await page.getByRole('radio', { name: /Schedule/ }).check();
    await chooseCsv(page, '计划.csv', schedule);
    await page.getByRole('alert').filter({ hasText: 'No header row was recognised' }).waitFor();
    await mappingSelect('title').selectOption({ label: 'A: 活儿' });
    await summary(page, '1 new, 0 changed, 0 unchanged');

    // Next time, a labour file with the same headers in another order: the hand-made choices apply at once.
    const moved = ['活儿,师傅,日期,工日,日工资,计件单价,数量,单位', '砌墙,张三,2026-03-09,1,380,,,', '贴砖,李四,2026-03-09,,,12.5,40,㎡'].join('\r\n');
    await page.goto(`${boardUrl}/import/labour`);
    await chooseCsv(page, '计件-4月.csv', moved);
    await summary(page, '0 new, 0 changed, 2 unchanged, 0 signed and left as they are, 0 skipped');
    expect(await mappingSelect('worker').inputValue()).toBe('1');
    expect(await mappingSelect('content').inputValue()).toBe('0');
    expect(await page.getByRole('alert').filter({ hasText: 'No column is chosen' }).count()).toBe(0);

    // And the schedule's choice was kept apart from it.
    await page.goto(`${boardUrl}/import`);
    await page.getByRole('radio', { name: /Schedule/ }).check();
    await chooseCsv(page, '计划.csv', schedule);
    await summary(page, '1 new, 0 changed, 0 unchanged');
    expect(await mappingSelect('title').inputValue()).toBe('0');
    const workspaceId = /#\/w\/([^/]+)/.exec(boardUrl)?.[1] ?? '';
    const stored = await page.evaluate((ws) => [localStorage.getItem(`sitebeam.importMapping.${ws}`), localStorage.getItem(`sitebeam.importMapping.labour.${ws}`)], workspaceId);
    expect(stored.map((text) => JSON.parse(text ?? 'null'))).toEqual([{ title: '活儿' }, { worker: '师傅', content: '活儿' }]);
  });

  it('says above the preview that a bare overtime pay total cannot be stored, and skips the rows that have one', async () => {
    const { page } = ann;
    await page.goto(`${boardUrl}/import/labour`);
    await chooseCsv(page, '加班.csv', ['日期,姓名,工日,日工资,加班费', '2026-03-10,张三,1,380,80', '2026-03-10,李四,1,300,'].join('\r\n'));
    await summary(page, '1 new, 0 changed, 0 unchanged, 0 signed and left as they are, 1 skipped');
    expect(await page.getByTestId('import-overtime-pay-note').textContent()).toMatch(/^The column 加班费 holds overtime pay as a total, but a labour record keeps overtime as hours × an hourly rate\./);
    expect(await page.locator('[data-status="skipped"] .import-issue').textContent()).toBe('E2: overtime pay 80 with no overtime hours (or none a whole half hour at the overtime rate). A labour record keeps overtime as hours × rate, so the row is skipped.');
    // Setting the column to "(not imported)" imports the row without its overtime, and the note goes.
    await page.locator('select[data-field="overtimePay"]').selectOption({ label: '(not imported)' });
    await summary(page, '2 new, 0 changed, 0 unchanged, 0 signed and left as they are, 0 skipped');
    expect(await page.getByTestId('import-overtime-pay-note').count()).toBe(0);
  });

  it('offers a member without finance rights only schedules, and says why when a link asks for labour', async () => {
    const link = await createInvite(ann.page, 'Member');
    const cy = await joinAs(e2e.browser, link, 'Cy');
    await cy.page.goto(`${boardUrl}/import`);
    await cy.page.getByRole('heading', { name: 'Import tasks' }).waitFor();
    await cy.page.getByTestId('import-file').waitFor({ state: 'attached' });
    expect(await cy.page.getByRole('radio').count()).toBe(0);
    expect(await cy.page.getByText('Day labour').count()).toBe(0);
    // A link to the labour import says why it opens on the schedule instead.
    await cy.page.goto(`${boardUrl}/import/labour`);
    await cy.page.getByTestId('import-finance-refused').filter({ hasText: 'which your role cannot open' }).waitFor();
    await cy.page.getByRole('heading', { name: 'Import tasks' }).waitFor();
    expect(await cy.page.getByRole('radio').count()).toBe(0);
    await cy.context.close();
  });
});
