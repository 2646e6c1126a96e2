import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/import');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('readWorkbook', () => {
  it('reads an .xlsx through the worker build of read-excel-file, dates as days', async () => {
    const result = await readWorkbook(bytes('schedule-zh.xlsx'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.sheets.map((sheet) => sheet.name)).toEqual(['进度计划']);
    expect(result.value.sheets[0]?.rows[5]?.slice(0, 4)).toEqual(['1.1', '测量放线', 2, '2026-03-02']);
  });

  it('reads CSV and MS Project XML', async () => {
    const csv = await readWorkbook(bytes('schedule-zh.csv'));
    expect(csv.ok && csv.value.encoding).toBe('utf-8');
    const xml = await readWorkbook(bytes('project.xml'));
    expect(xml.ok && xml.value.sheets[0]?.rows.length).toBe(5);
  });

  it('answers broken files with a reason', async () => {
    expect(await readWorkbook(bytes('broken-random.xlsx'))).toEqual({ ok: false, reason: 'not-spreadsheet' });
    expect(await readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toEqual({ ok: false, reason: 'broken-xlsx' });
  });

  it('refuses a sheet over the 20,000-row limit (a few rows of titles and blanks above the header are allowed for)', async () => {
    const csv = (rows: number) => new TextEncoder().encode(['Task Name', ...Array.from({ length: rows }, (_, index) => `Task ${index}`)].join('\n'));
    expect(await readWorkbook(csv(20_049))).toMatchObject({ ok: true });
    expect(await readWorkbook(csv(20_050))).toEqual({ ok: false, reason: 'too-many-rows' });
  });
});
