import { describe, expect, it } from 'vitest';
import type { WorkerId } from '../finance/finance-ids';
import type { Fen } from '../../money';
import { findFieldHeader } from './find-header';
import { LABOUR_FIELDS, LABOUR_REQUIRED, LABOUR_SYNONYMS, labourKey, readLabourRows, type RosterWorker } from './labour-columns';
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
      { sheetRow: 3, workerId: zhang, day: '2026-03-05', manDays: 1, hours: 0, overtimeHours: 0, dayRate: 38000, content: '砌墙' },
      { sheetRow: 4, workerId: li, day: '2026-03-06', manDays: 0.5, hours: 0, overtimeHours: 0, dayRate: 30000, content: '搬砖' },
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
});
