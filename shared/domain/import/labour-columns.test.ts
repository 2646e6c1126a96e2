import { describe, expect, it } from 'vitest';
import type { WorkerId } from '../finance/finance-ids';
import type { Fen } from '../../money';
import { findFieldHeader } from './find-header';
import { LABOUR_FIELDS, LABOUR_REQUIRED, LABOUR_SYNONYMS, labourKey, labourRowAmount, readLabourRows, type RosterWorker } from './labour-columns';
import type { Sheet } from './sheet-types';

const zhang = 'w-zhang-0000000000000' as WorkerId;
const li = 'w-li-000000000000000000' as WorkerId;
const roster: RosterWorker[] = [
  { id: zhang, name: '张三', defaultDayRate: 35000 as Fen },
  { id: li, name: 'Li Si', defaultDayRate: 30000 as Fen },
];

const sheet: Sheet = [
  ['某某工程点工记录表', null, null, null, null],
  ['姓名', '日期', '工日', '日工资(元)', '工作内容'],
  ['张三', '2026-03-05', 1, '380', '砌墙'],
  ['li si', '2026/3/6', 0.7, null, '搬砖'],
  ['王五', '2026-03-06', 1, '300', '抹灰'],
  ['张三', '不知道', 1, '300', '抹灰'],
  [null, null, null, null, null],
];

describe('labour sheets', () => {
  it('finds the header below a title row and maps Chinese headers', () => {
    const found = findFieldHeader(sheet, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED);
    expect(found).toEqual({ headerRow: 1, mapping: { worker: 0, day: 1, manDays: 2, dayRate: 3, content: 4 } });
  });

  it('reads rows as recordLabour inputs, rounding man-days to half days and skipping unknown workers and bad dates', () => {
    const found = findFieldHeader(sheet, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED);
    if (!found) throw new Error('no header');
    const { rows, issues } = readLabourRows(sheet, found.headerRow, found.mapping, roster, 'month-first');
    expect(rows).toEqual([
      { sheetRow: 3, workerId: zhang, day: '2026-03-05', pay: 'day-rate', manDays: 1, hours: 0, overtimeHours: 0, dayRate: 38000, overtimeRate: 0, pieceRate: 0, quantity: 0, pieceUnit: '', content: '砌墙', taskId: null },
      { sheetRow: 4, workerId: li, day: '2026-03-06', pay: 'day-rate', manDays: 0.5, hours: 0, overtimeHours: 0, dayRate: 30000, overtimeRate: 0, pieceRate: 0, quantity: 0, pieceUnit: '', content: '搬砖', taskId: null },
    ]);
    expect(issues).toEqual([
      { severity: 'warning', code: 'rounded-half-day', sheetRow: 4, cell: 'C4', value: '0.7', assumed: '0.5' },
      { severity: 'error', code: 'unknown-worker', sheetRow: 5, cell: 'A5', value: '王五', assumed: 'skipped' },
      { severity: 'error', code: 'bad-date', sheetRow: 6, cell: 'B6', value: '不知道', assumed: 'skipped' },
    ]);
  });

  it('maps English headers and keys rows by worker, day and content', () => {
    const english: Sheet = [['Worker', 'Date', 'Hours', 'Overtime', 'Day rate', 'Work']];
    expect(findFieldHeader(english, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED)?.mapping).toEqual({ worker: 0, day: 1, hours: 2, overtime: 3, dayRate: 4, content: 5 });
    expect(labourKey({ workerId: zhang, day: '2026-03-05', content: ' 砌 墙' })).toBe(labourKey({ workerId: zhang, day: '2026-03-05', content: '砌墙' }));
  });

  it('checks an amount column against days × rate, takes the rate from it when the sheet has none, and ties tasks', () => {
    const paid: Sheet = [
      ['姓名', '日期', '工日', '工时', '日工资', '金额', '任务'],
      ['张三', '2026-03-05', 1.5, null, '380', '570', '1.1'],
      ['张三', '2026-03-06', 1, null, '380', '400', '基础开挖'],
      ['Li Si', '2026-03-06', 0.5, null, null, '175.5', '没有这个'],
      ['Li Si', '2026-03-07', null, 4, null, '150', null],
      ['张三', '2026-03-08', 1, null, null, 'abc', null],
    ];
    const found = findFieldHeader(paid, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED);
    expect(found?.mapping).toEqual({ worker: 0, day: 1, manDays: 2, hours: 3, dayRate: 4, amount: 5, task: 6 });
    const tasks = [{ id: 't-dig', wbs: '1.1', name: '基础开挖' }];
    const { rows, issues } = readLabourRows(paid, 0, found?.mapping ?? {}, roster, 'month-first', tasks);
    expect(rows.map((row) => [row.sheetRow, row.manDays, row.hours, row.dayRate, row.taskId, labourRowAmount(row)])).toEqual([
      [2, 1.5, 0, 38000, 't-dig', 57000],
      [3, 1, 0, 38000, 't-dig', 38000],
      [4, 0.5, 0, 35100, null, 17550],
      [5, 0, 4, 30000, null, 15000],
      [6, 1, 0, 35000, null, 35000],
    ]);
    expect(issues).toEqual([
      { severity: 'warning', code: 'amount-mismatch', sheetRow: 3, cell: 'F3', value: '400', assumed: '380.00' },
      { severity: 'warning', code: 'unknown-task', sheetRow: 4, cell: 'G4', value: '没有这个', assumed: '' },
      { severity: 'warning', code: 'bad-amount', sheetRow: 6, cell: 'F6', value: 'abc', assumed: '' },
    ]);
  });

  it('pays overtime at the overtime rate, counts it in the amount check, and warns when no rate is given', () => {
    const overtime: Sheet = [
      ['姓名', '日期', '工日', '加班工时', '日工资', '加班单价', '金额'],
      ['张三', '2026-03-05', 1, 2, '380', '60', '500'],
      ['张三', '2026-03-06', 1, 2, null, '60', '480'],
      ['张三', '2026-03-07', 1, 3, '380', null, '380'],
    ];
    const found = findFieldHeader(overtime, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED);
    expect(found?.mapping).toEqual({ worker: 0, day: 1, manDays: 2, overtime: 3, dayRate: 4, overtimeRate: 5, amount: 6 });
    const { rows, issues } = readLabourRows(overtime, 0, found?.mapping ?? {}, roster, 'month-first');
    expect(rows.map((row) => [row.overtimeHours, row.dayRate, row.overtimeRate, labourRowAmount(row)])).toEqual([[2, 38000, 6000, 50000], [2, 36000, 6000, 48000], [3, 38000, 0, 38000]]);
    expect(issues).toEqual([{ severity: 'warning', code: 'overtime-unpaid', sheetRow: 4, cell: 'D4', value: '3', assumed: '0.00' }]);
  });
});
