import { describe, expect, it } from 'vitest';
import type { WorkerId } from '../finance/finance-ids';
import type { Fen } from '../../money';
import { guessLabourMapping } from './labour-fields';
import { findUnknownWorkers } from './unknown-workers';

describe('unknown workers of a labour sheet', () => {
  it('lists each name not on the roster once, in file order, with its first row\'s team, trade and rate', () => {
    const sheet = [
      ['姓名', '日期', '日工资', '班组', '工种'],
      ['张三', '2026-03-05', '380', '泥工班', '瓦工'],
      ['王 五', '2026-03-05', '320', '木工班', '木工'],
      ['赵六', '2026-03-05', '不知道', '', ''],
      ['王五', '2026-03-06', '999', '别的班', ''],
      [null, '2026-03-06', '300', '', ''],
    ];
    const roster = [{ id: 'w-zhang' as WorkerId, name: '张三', defaultDayRate: 35000 as Fen }];
    expect(findUnknownWorkers(sheet, 0, { worker: 0, day: 1, dayRate: 2, team: 3, trade: 4 }, roster)).toEqual([
      { name: '王 五', team: '木工班', trade: '木工', defaultDayRate: 32000, sheetRows: [3, 5] },
      { name: '赵六', team: '', trade: '', defaultDayRate: 0, sheetRows: [4] },
    ]);
  });

  it('never takes a piece rate as a new worker\'s day rate: a plain 单价 on a piece-work sheet is the piece rate', () => {
    const sheet = [['姓名', '日期', '工程量', '单价'], ['钱七', '2026-03-05', '40', '12.5']];
    const { mapping } = guessLabourMapping(sheet[0] ?? []);
    expect(findUnknownWorkers(sheet, 0, mapping, [])).toEqual([{ name: '钱七', team: '', trade: '', defaultDayRate: 0, sheetRows: [2] }]);
  });

  it('takes the day rate from the first day-work row, passing over piece-work rows and unreadable rates; ¥0 only when none', () => {
    const sheet = [
      ['姓名', '日期', '工日', '日工资', '计件单价', '数量'],
      ['孙八', '2026-03-05', '', '', '12.5', '40'],
      ['孙八', '2026-03-06', '1', '不知道', '', ''],
      ['孙八', '2026-03-07', '', '', '', '30'],
      ['孙八', '2026-03-08', '1', '360', '', ''],
      ['孙八', '2026-03-09', '1', '400', '', ''],
      ['周九', '2026-03-05', '', '', '8', '100'],
    ];
    const mapping = { worker: 0, day: 1, manDays: 2, dayRate: 3, pieceRate: 4, quantity: 5 };
    expect(findUnknownWorkers(sheet, 0, mapping, [])).toEqual([
      { name: '孙八', team: '', trade: '', defaultDayRate: 36000, sheetRows: [2, 3, 4, 5, 6] },
      { name: '周九', team: '', trade: '', defaultDayRate: 0, sheetRows: [7] },
    ]);
  });

  it('finds nobody when no column holds the worker', () => {
    expect(findUnknownWorkers([['日期'], ['2026-03-05']], 0, { day: 0 }, [])).toEqual([]);
  });
});
