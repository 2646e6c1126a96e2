import { describe, expect, it } from 'vitest';
import type { WorkerId } from '../finance/finance-ids';
import type { Fen } from '../../money';
import { guessLabourMapping, labourRowAmount, readLabourRows, type RosterWorker } from './labour-columns';
import { parseQuantity } from './labour-pay-cells';
import type { Sheet } from './sheet-types';

const zhang = 'w-zhang-0000000000000' as WorkerId;
const li = 'w-li-000000000000000000' as WorkerId;
const roster: RosterWorker[] = [
  { id: zhang, name: '张三', defaultDayRate: 35000 as Fen },
  { id: li, name: 'Li Si', defaultDayRate: 30000 as Fen },
];

const read = (sheet: Sheet) => {
  const header = sheet[0] ?? [];
  return readLabourRows(sheet, 0, guessLabourMapping(header).mapping, roster, 'month-first');
};
const pieces = (sheet: Sheet) => read(sheet).rows.map((row) => [row.sheetRow, row.pay, row.quantity, row.pieceUnit, row.pieceRate, row.dayRate, labourRowAmount(row)]);

describe('piece-rate labour sheets (计件)', () => {
  it('reads a Chinese piece-work sheet: a plain 单价 beside 工程量 is the piece rate, the unit from its column or after the number', () => {
    const sheet: Sheet = [
      ['姓名', '日期', '工程量', '单位', '单价', '金额', '工作内容'],
      ['张三', '2026-03-05', 35.5, '㎡', '25.5', '905.25', '贴砖'],
      ['张三', '2026-03-06', '12米', null, '18', '216', '踢脚线'],
      ['Li Si', '2026-03-06', '3.333', 'm', '¥1.50', '4.99', '勾缝'],
    ];
    expect(guessLabourMapping(sheet[0] ?? []).mapping).toEqual({ worker: 0, day: 1, quantity: 2, pieceUnit: 3, pieceRate: 4, amount: 5, content: 6 });
    expect(pieces(sheet)).toEqual([
      [2, 'piece-rate', 35.5, '㎡', 2550, 0, 90525],
      [3, 'piece-rate', 12, '米', 1800, 0, 21600],
      // 3.333 × ¥1.50 = 499.95 fen, rounded once to 500
      [4, 'piece-rate', 3.333, 'm', 150, 0, 500],
    ]);
    expect(read(sheet).issues).toEqual([{ severity: 'warning', code: 'amount-mismatch', sheetRow: 4, cell: 'F4', value: '4.99', assumed: '5.00' }]);
  });

  it('reads English headers: Qty, Unit and a plain Rate on a sheet without days', () => {
    const sheet: Sheet = [['Worker', 'Date', 'Qty', 'Unit', 'Rate', 'Work'], ['Li Si', '2026-03-05', '120', 'pcs', '0.85', 'anchors']];
    expect(guessLabourMapping(sheet[0] ?? []).mapping).toEqual({ worker: 0, day: 1, quantity: 2, pieceUnit: 3, pieceRate: 4, content: 5 });
    expect(pieces(sheet)).toEqual([[2, 'piece-rate', 120, 'pcs', 85, 0, 10200]]);
    const english: Sheet = [['Name', 'Date', 'Quantity', 'Piece rate', 'Unit']];
    expect(guessLabourMapping(english[0] ?? []).mapping).toEqual({ worker: 0, day: 1, quantity: 2, pieceRate: 3, pieceUnit: 4 });
  });

  it('reads a mixed sheet in the labour centre export layout: day rows and piece rows, each paid its own way', () => {
    const sheet: Sheet = [
      ['日期', '姓名', '班组', '计酬方式', '工日', '工时', '日工资（元）', '完成数量', '单位', '单价（元）', '加班小时', '加班单价（元/小时）', '金额 (¥)', '工作内容', '签证'],
      ['2026-03-05', '张三', '泥工班', '点工', 1, 0, 380, null, null, null, 2, 60, 500, '砌墙', '待签'],
      ['2026-03-05', 'Li Si', '泥工班', '计件', null, null, null, 40, '㎡', 12.5, 0, 0, 500, '贴砖', '待签'],
      ['2026-03-06', '张三', '泥工班', '', 1, null, 380, 10, '㎡', 12, null, null, null, '砌墙', ''],
      ['2026-03-06', 'Li Si', '泥工班', '', null, null, null, 10, '㎡', null, null, null, null, '贴砖', ''],
    ];
    expect(guessLabourMapping(sheet[0] ?? []).mapping).toEqual({
      day: 0, worker: 1, team: 2, manDays: 4, hours: 5, dayRate: 6, quantity: 7, pieceUnit: 8, pieceRate: 9, overtime: 10, overtimeRate: 11, amount: 12, content: 13,
    });
    const { rows, issues } = read(sheet);
    expect(rows.map((row) => [row.sheetRow, row.pay, row.manDays, row.dayRate, row.quantity, row.pieceUnit, row.pieceRate, row.overtimeHours, labourRowAmount(row)])).toEqual([
      [2, 'day-rate', 1, 38000, 0, '', 0, 2, 50000],
      [3, 'piece-rate', 0, 0, 40, '㎡', 1250, 0, 50000],
    ]);
    expect(issues).toEqual([
      { severity: 'error', code: 'two-pay-rates', sheetRow: 4, cell: 'J4', value: '12', assumed: 'skipped' },
      { severity: 'error', code: 'quantity-without-piece-rate', sheetRow: 5, cell: 'H5', value: '10', assumed: 'skipped' },
    ]);
  });

  it('maps every column of the labour centre\'s English export', () => {
    const header = ['Day', 'Worker', 'Team', 'Paid by', 'Man-days', 'Hours', 'Day rate (¥)', 'Quantity (units done)', 'Unit', 'Rate per unit (¥)', 'Overtime hours', 'Overtime rate (¥/h)', 'Amount (¥)', 'Work done', 'Sign-off'];
    expect(guessLabourMapping(header).mapping).toEqual({
      day: 0, worker: 1, team: 2, manDays: 4, hours: 5, dayRate: 6, quantity: 7, pieceUnit: 8, pieceRate: 9, overtime: 10, overtimeRate: 11, amount: 12, content: 13,
    });
  });

  it('reads a mixed English sheet with separate day-rate and piece-rate columns', () => {
    const sheet: Sheet = [
      ['Worker', 'Date', 'Days', 'Day rate', 'Piece rate', 'Quantity', 'Unit', 'Amount'],
      ['Li Si', '2026-03-05', 0.5, '300', null, null, null, '150'],
      ['Li Si', '2026-03-06', null, null, '8', '2.5', 't', '20'],
    ];
    expect(pieces(sheet)).toEqual([[2, 'day-rate', 0, '', 0, 30000, 15000], [3, 'piece-rate', 2.5, 't', 800, 0, 2000]]);
    expect(read(sheet).issues).toEqual([]);
  });

  it('skips piece rows it cannot pay, saying why: no quantity, a bad quantity, a bad rate, a unit over 16 characters', () => {
    const sheet: Sheet = [
      ['姓名', '日期', '计件单价', '数量', '单位'],
      ['张三', '2026-03-05', '20', null, '㎡'],
      ['张三', '2026-03-05', '20', '2.1234', '㎡'],
      ['张三', '2026-03-05', '20', '0', '㎡'],
      ['张三', '2026-03-05', '二十', '5', '㎡'],
      ['张三', '2026-03-05', '20', '5', '平方米（按图纸展开面积计算不含损耗）'],
    ];
    const { rows, issues } = read(sheet);
    expect(rows).toEqual([]);
    expect(issues.map((issue) => [issue.sheetRow, issue.code, issue.cell, issue.severity])).toEqual([
      [2, 'piece-rate-without-quantity', 'C2', 'error'],
      [3, 'bad-quantity', 'D3', 'error'],
      [4, 'bad-quantity', 'D4', 'error'],
      [5, 'bad-piece-rate', 'C5', 'error'],
      [6, 'unit-too-long', 'E6', 'error'],
    ]);
  });

  it('keeps a plain 单价 as the day rate when the sheet has man-days, so a quantity there needs a piece-rate column', () => {
    const sheet: Sheet = [['姓名', '日期', '工日', '单价', '数量'], ['张三', '2026-03-05', 1, '380', null], ['张三', '2026-03-06', null, '380', '12']];
    expect(guessLabourMapping(sheet[0] ?? []).mapping).toEqual({ worker: 0, day: 1, manDays: 2, dayRate: 3, quantity: 4 });
    const { rows, issues } = read(sheet);
    expect(rows.map((row) => [row.pay, row.dayRate])).toEqual([['day-rate', 38000]]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['quantity-without-piece-rate', 'E3']]);
  });

  it('parses quantities exactly: thousands commas, full-width digits, a unit after the number', () => {
    expect(parseQuantity('1,200')).toEqual({ value: 1200, unit: '' });
    expect(parseQuantity('１２.５㎡')).toEqual({ value: 12.5, unit: '㎡' });
    expect(parseQuantity('3 吨')).toEqual({ value: 3, unit: '吨' });
    expect(parseQuantity('.5')).toEqual({ value: 0.5, unit: '' });
    expect([parseQuantity('-3'), parseQuantity('0'), parseQuantity('1.0001'), parseQuantity('abc'), parseQuantity('')]).toEqual([null, null, null, null, null]);
  });
});
