// The schedule exports from the Gantt chart's own toolbar, not only from the import page: a small
// schedule with hierarchy and links (imported through the UI) downloads as CSV (UTF-8 with a BOM, the
// dates the Gantt shows) and as .xlsx (dates as real dates), and either file imports back into the
// same project with nothing changed (a task placed by its links is not pinned to its date).
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createProject, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const SCHEDULE_CSV = [
  'WBS,Task Name,Duration,Start,Predecessors',
  '1,Foundations,,,',
  '1.1,Excavate,3,2026-03-02,',
  '1.2,Pour footings,2,,1.1',
  '2,Frame,4,,1.2FS+1',
].join('\r\n');

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('toolbar', { name: 'Schedule tools' }).getByRole('button', { name: button }).click()]);
  return file.path();
}

describe('exporting the schedule from the Gantt chart', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann');
    await createProject(ann.page, 'Tower F', []);
    const { page } = ann;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-file').setInputFiles({ name: 'tower-f.csv', mimeType: 'text/csv', buffer: Buffer.from(SCHEDULE_CSV, 'utf8') });
    await page.getByRole('button', { name: 'Import 4 tasks' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 4 new, 0 updated.' }).waitFor();
    await page.getByRole('link', { name: 'Open the Gantt chart' }).click();
    await page.getByRole('grid', { name: 'Tasks' }).waitFor();
  });

  it('downloads the schedule as CSV and .xlsx from the toolbar, with the dates, hierarchy and links the Gantt shows', async () => {
    const { page } = ann;
    await page.getByRole('img', { name: 'Frame: 2026-03-10 to 2026-03-13' }).waitFor();

    const csv = readFileSync(await download(page, 'Export: CSV (UTF-8)'), 'utf8');
    expect(csv.startsWith('\uFEFFWBS,Task Name,Start,Finish,Duration,Predecessors')).toBe(true);
    expect(csv.trim().split('\r\n').slice(1).map((line) => line.split(',').slice(0, 6).join(','))).toEqual([
      '1,Foundations,2026-03-02,2026-03-06,5,', '1.1,Excavate,2026-03-02,2026-03-04,3,', '1.2,Pour footings,2026-03-05,2026-03-06,2,1.1',
      '2,Frame,2026-03-10,2026-03-13,4,1.2FS+1',
    ]);

    const [sheet] = await readXlsxFile(readFileSync(await download(page, 'Export: Excel (.xlsx)')));
    const rows = sheet?.data ?? [];
    expect(rows[0]?.slice(0, 6)).toEqual(['WBS', 'Task Name', 'Start', 'Finish', 'Duration', 'Predecessors']);
    // dates are real dates in the workbook, not text
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2] instanceof Date ? row[2].toISOString().slice(0, 10) : row[2], row[5] ?? null])).toEqual([
      ['1', 'Foundations', '2026-03-02', null], ['1.1', 'Excavate', '2026-03-02', null], ['1.2', 'Pour footings', '2026-03-05', '1.1'], ['2', 'Frame', '2026-03-10', '1.2FS+1'],
    ]);
  });

  it('the files exported from the Gantt import back into the project with nothing changed', async () => {
    const { page } = ann;
    const csv = await download(page, 'Export: CSV (UTF-8)');
    const xlsx = await download(page, 'Export: Excel (.xlsx)');
    const ganttUrl = page.url();
    for (const file of [csv, xlsx]) {
      // a fresh import page for each file, so the summary read is this file's
      await page.goto(ganttUrl.replace(/\/gantt$/, ''));
      await page.goto(ganttUrl.replace(/\/gantt$/, '/import'));
      await page.getByRole('heading', { name: 'Import tasks' }).waitFor();
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-summary').filter({ hasText: '0 new, 0 changed, 4 unchanged, 0 not in the file' }).waitFor();
      expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    }
  });
});
