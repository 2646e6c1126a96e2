import { describe, expect, it } from 'vitest';
import type { WorkerId } from '../finance/finance-ids';
import type { Fen } from '../../money';
import { guessLabourMapping, labourRowAmount, readLabourRows, type RosterWorker } from './labour-columns';
import { isOvertimePayAlone } from './labour-fields';
import type { Sheet } from './sheet-types';

const zhang = 'w-zhang-0000000000000' as WorkerId;
const roster: RosterWorker[] = [{ id: zhang, name: '张三', defaultDayRate: 35000 as Fen }];

const read = (sheet: Sheet) => readLabourRows(sheet, 0, guessLabourMapping(sheet[0] ?? []).mapping, roster, 'month-first');
const overtime = (sheet: Sheet) => read(sheet).rows.map((row) => [row.sheetRow, row.overtimeHours, row.overtimeRate, labourRowAmount(row)]);
const problems = (sheet: Sheet) => read(sheet).issues.map((issue) => [issue.sheetRow, issue.code, issue.cell, issue.value, issue.assumed]);

describe('overtime pay (加班费) columns', () => {
  it('recognises 加班费 / 加班工资 / Overtime pay as the overtime total, not as overtime hours or the amount', () => {
    expect(guessLabourMapping(['姓名', '日期', '加班工时', '加班费', '工资']).mapping).toEqual({ worker: 0, day: 1, overtime: 2, overtimePay: 3, amount: 4 });
    expect(guessLabourMapping(['姓名', '日期', '加班工资', '加班费率']).mapping).toEqual({ worker: 0, day: 1, overtimePay: 2, overtimeRate: 3 });
    expect(guessLabourMapping(['Worker', 'Date', 'Overtime', 'Overtime pay']).mapping).toEqual({ worker: 0, day: 1, overtime: 2, overtimePay: 3 });
  });

  it('checks the total against hours × rate exactly; a mismatch is a row problem and the record keeps hours × rate', () => {
    const sheet: Sheet = [
      ['姓名', '日期', '工日', '日工资', '加班工时', '加班单价', '加班费', '金额'],
      ['张三', '2026-03-05', 1, '380', 2, '60', '120', '500'],
      ['张三', '2026-03-06', 1, '380', 2, '60', '100', '500'],
      ['张三', '2026-03-07', 1, '380', 1.5, '25.55', '38.33', null],
    ];
    // 1.5 h × ¥25.55 = 3832.5 fen, rounded once to 3833
    expect(overtime(sheet)).toEqual([[2, 2, 6000, 50000], [3, 2, 6000, 50000], [4, 1.5, 2555, 41833]]);
    expect(problems(sheet)).toEqual([[3, 'overtime-pay-mismatch', 'G3', '100', '120.00']]);
  });

  it('completes the record from the total: the rate from hours (to the fen, checked), the hours from a rate (whole half hours only)', () => {
    const sheet: Sheet = [
      ['姓名', '日期', '工日', '日工资', '加班工时', '加班费'],
      ['张三', '2026-03-05', 1, '380', 2.5, '100'],
      ['张三', '2026-03-06', 1, '380', 3, '100'],
      ['张三', '2026-03-07', 1, '380', null, '50'],
      ['张三', '2026-03-08', 1, '380', 2, null],
    ];
    // 100 / 3 h = ¥33.33 an hour, which pays ¥99.99: reported, not hidden
    expect(overtime(sheet)).toEqual([[2, 2.5, 4000, 48000], [3, 3, 3333, 47999], [5, 2, 0, 38000]]);
    expect(problems(sheet)).toEqual([
      [3, 'overtime-pay-mismatch', 'F3', '100', '99.99'],
      [4, 'overtime-pay-without-hours', 'F4', '50', 'skipped'],
      [5, 'overtime-unpaid', 'E5', '2', '0.00'],
    ]);
    const withRate: Sheet = [['姓名', '日期', '加班单价', '加班费'], ['张三', '2026-03-05', '30', '90'], ['张三', '2026-03-06', '70', '100']];
    expect(overtime(withRate)).toEqual([[2, 3, 3000, 44000]]);
    expect(problems(withRate)).toEqual([[3, 'overtime-pay-without-hours', 'D3', '100', 'skipped']]);
  });

  it('a bare total cannot be held by a labour record: the sheet is flagged and rows with overtime pay are skipped, rows without it imported', () => {
    const sheet: Sheet = [['姓名', '日期', '工日', '日工资', '加班费'], ['张三', '2026-03-05', 1, '380', '80'], ['张三', '2026-03-06', 1, '380', null], ['张三', '2026-03-07', 1, '380', '0']];
    const { mapping } = guessLabourMapping(sheet[0] ?? []);
    expect(isOvertimePayAlone(mapping)).toBe(true);
    expect(isOvertimePayAlone({ ...mapping, overtime: 5 })).toBe(false);
    expect(overtime(sheet)).toEqual([[3, 0, 0, 38000], [4, 0, 0, 38000]]);
    expect(problems(sheet)).toEqual([[2, 'overtime-pay-without-hours', 'E2', '80', 'skipped']]);
  });

  it('counts overtime in the amount check of a piece-rate row too', () => {
    const sheet: Sheet = [['姓名', '日期', '计件单价', '数量', '加班工时', '加班费', '金额'], ['张三', '2026-03-05', '20', '10', 2, '60', '260'], ['张三', '2026-03-06', '20', '10', 2, '60', '200']];
    expect(overtime(sheet)).toEqual([[2, 2, 3000, 26000], [3, 2, 3000, 26000]]);
    expect(problems(sheet)).toEqual([[3, 'amount-mismatch', 'G3', '200', '260.00']]);
  });
});
