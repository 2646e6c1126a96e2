import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv';
import { dayCell, neutraliseFormula, numberCell, textCell } from './export-cell';
import { writeCsv } from './write-csv';
import type { IsoDay } from '../../iso-day';

describe('formula injection', () => {
  it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx", "'\rx"]);
    expect(neutraliseFormula('基础 = 3')).toBe('基础 = 3');
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, quoting where needed, and reads back the same', () => {
    const table = {
      header: ['任务名称', '开始时间', '工期'],
      widths: [20, 12, 6],
      rows: [[textCell('开挖, "一期"'), dayCell('2026-03-02' as IsoDay), numberCell(5)], [textCell('=cmd|calc'), dayCell(null), numberCell(0)]],
    };
    const csv = writeCsv(table);
    expect(csv.startsWith('\uFEFF任务名称,开始时间,工期\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([['任务名称', '开始时间', '工期'], ['开挖, "一期"', '2026-03-02', '5'], ["'=cmd|calc", null, '0']]);
  });
});
