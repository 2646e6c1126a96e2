// The .xlsx export read back with read-excel-file: days come back as real dates, numbers as numbers,
// and the importer reads the file to the same rows as the CSV.
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { dayCell, numberCell, textCell, timeCell } from '../../../shared/domain/export/export-cell';
import type { IsoDay } from '../../../shared/iso-day';
import { excelSheetName, tableToXlsx } from './write-xlsx';

describe('tableToXlsx', () => {
  it('writes days as dates, numbers as numbers and neutralised text as text', async () => {
    const table = {
      header: ['WBS', '任务名称', '开始时间', '工期'],
      widths: [8, 30, 12, 8],
      rows: [[textCell('1.1'), textCell('=HYPERLINK("x")'), dayCell('2026-03-05' as IsoDay), numberCell(5)], [textCell('1.2'), textCell('浇筑'), dayCell(null), numberCell(0)]],
    };
    const blob = await tableToXlsx(table, '进度计划');
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheets[0]?.sheet).toBe('进度计划');
    expect(sheets[0]?.data).toEqual([
      ['WBS', '任务名称', '开始时间', '工期'],
      ['1.1', '\'=HYPERLINK("x")', new Date('2026-03-05T00:00:00Z'), 5],
      ['1.2', '浇筑', null, 0],
    ]);
  });

  it('writes a moment as a date and time showing the wall-clock time it was given', async () => {
    const at = Date.UTC(2026, 2, 4, 23, 30, 5);
    const table = { header: ['When'], widths: [20], rows: [[timeCell(at, 480)]] };
    expect(table.rows[0]?.[0]).toEqual({ kind: 'time', value: '2026-03-05 07:30:05' });
    const sheets = await readXlsxFile(Buffer.from(await (await tableToXlsx(table, 'log')).arrayBuffer()));
    expect(sheets[0]?.data[1]).toEqual([new Date('2026-03-05T07:30:05Z')]);
  });

  it('writes a sheet named after a project, workspace or robot whatever the name holds', async () => {
    const table = { header: ['A'], widths: [8], rows: [[textCell('x')]] };
    // a project 'A/B栋: [一期]?' gives the board's file name; write-excel-file threw on it and nothing downloaded
    const sheets = await readXlsxFile(Buffer.from(await (await tableToXlsx(table, 'A/B栋: [一期]? 看板')).arrayBuffer()));
    expect(sheets[0]?.sheet).toBe('A_B栋_ _一期__ 看板');
    expect(sheets[0]?.data).toEqual([['A'], ['x']]);
  });

  it('makes a sheet name Excel accepts: at most 31 units without half a character, no edge apostrophes, never empty', () => {
    expect(excelSheetName('')).toBe('Sheet1');
    expect(excelSheetName(' *?* ')).toBe('___');
    expect(excelSheetName("'quoted'")).toBe('quoted');
    expect(excelSheetName('a\tb')).toBe('a b');
    expect(excelSheetName(`${'x'.repeat(30)}😀`)).toBe('x'.repeat(30));
    expect(excelSheetName('项'.repeat(40))).toBe('项'.repeat(31));
  });
});
