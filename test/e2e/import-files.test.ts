// What the import page does with the files people really choose: a sheet of 3/5/2026 dates is read in
// the day/month order picked on the page (the preview's dates change when the order does), and a file
// too large, empty or not a spreadsheet at all gets its own sentence, in English and in Chinese —
// the words on screen, not a reason code. A sheet over the row limit says the limit too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createProject, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const AMBIGUOUS_CSV = ['Task Name,Start,Duration', 'Pour slab,3/5/2026,2', 'Cure slab,4/6/2026,1', 'Strip formwork,2026-03-20,1'].join('\r\n');

async function choose(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
}

/** The start column of the preview's new rows, in sheet order. */
async function previewStarts(page: Page): Promise<string[]> {
  return page.locator('[data-status="added"] td:nth-child(5)').allTextContents();
}

describe('the import page with awkward files', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann');
    await createProject(ann.page, 'Tower E', []);
    await ann.page.getByRole('link', { name: 'Import', exact: true }).click();
    await ann.page.getByRole('heading', { name: 'Import tasks' }).waitFor();
  });

  it('reads 3/5/2026 as the day/month order picked on the page, and says which order it assumed', async () => {
    const { page } = ann;
    await choose(page, 'slab.csv', 'text/csv', Buffer.from(AMBIGUOUS_CSV, 'utf8'));
    await page.getByTestId('import-summary').filter({ hasText: '3 new' }).waitFor();
    // month/day is the default: 3/5 is 5 March; an unambiguous ISO date is read as it is
    expect(await previewStarts(page)).toEqual(['2026-03-05', '2026-04-06', '2026-03-20']);
    expect(await page.locator('[data-status="added"] .import-issue').allTextContents()).toEqual([
      'B2: "3/5/2026" could be either day/month order; read as 2026-03-05.',
      'B3: "4/6/2026" could be either day/month order; read as 2026-04-06.',
    ]);

    await page.getByLabel('Dates like 3/5/2026 are').selectOption({ label: 'day/month (3 May)' });
    await expect.poll(() => previewStarts(page)).toEqual(['2026-05-03', '2026-06-04', '2026-03-20']);
    expect(await page.locator('[data-status="added"] .import-issue').first().textContent()).toBe('B2: "3/5/2026" could be either day/month order; read as 2026-05-03.');

    // what is written is what the preview showed
    await page.getByRole('button', { name: 'Import 3 tasks' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 3 new, 0 updated.' }).waitFor();
    await page.getByTestId('import-summary').filter({ hasText: '0 new, 0 changed, 3 unchanged' }).waitFor();
    // month/day again: the same file now reads as other dates, so both dated rows would change
    await page.getByLabel('Dates like 3/5/2026 are').selectOption({ label: 'month/day (March 5)' });
    await page.getByTestId('import-summary').filter({ hasText: '0 new, 2 changed, 1 unchanged' }).waitFor();
  });

  it('explains a file too large (with the limit), an empty file, one that is not a spreadsheet and one with too many rows, in English and Chinese', async () => {
    const { page } = ann;
    const failure = page.getByTestId('import-failure');
    const files = {
      tooLarge: () => choose(page, 'huge.csv', 'text/csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41)),
      empty: () => choose(page, 'empty.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.alloc(0)),
      tooManyRows: () => choose(page, 'all-towers.csv', 'text/csv', Buffer.from(['Task Name', ...Array.from({ length: 20_100 }, (_, index) => `Task ${index}`)].join('\r\n'), 'utf8')),
      picture: () => choose(page, 'site-photo.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    };
    const expectFailure = async (text: string): Promise<void> => {
      await expect.poll(() => failure.textContent()).toBe(text);
      expect(await failure.getAttribute('role')).toBe('alert');
    };

    await files.tooLarge();
    await expectFailure('The file is larger than 10 MB. Split it, or remove pictures and other sheets.');
    await files.empty();
    await expectFailure('The file is empty.');
    await files.picture();
    await expectFailure('This is not a spreadsheet. Choose an .xlsx, .csv or MS Project .xml file.');
    await files.tooManyRows();
    await expectFailure('The sheet has more than 20000 rows. Split it into smaller files.');

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '中文' });
    await page.getByRole('heading', { name: '导入任务' }).waitFor();
    await files.tooLarge();
    await expectFailure('文件超过 10 MB。请拆分文件，或删除图片和其他工作表。');
    await files.empty();
    await expectFailure('文件是空的。');
    await files.picture();
    await expectFailure('这不是电子表格。请选择 .xlsx、.csv 或 MS Project .xml 文件。');
    await files.tooManyRows();
    await expectFailure('工作表超过 20000 行，请拆分成较小的文件。');
    await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
  });
});
