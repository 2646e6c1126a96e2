import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { workerBalances, type Worker, type WorkerId } from '../../../shared/domain/finance';
import { day, labourRecord, LI, WANG, ZHAO } from '../../../shared/domain/finance/finance-test-fixtures';
import { fen } from '../../../shared/money';
import { labourGroupExport, labourGroupTable, GROUP_TABLE_GROUPINGS, type LabourGroupContext } from './labour-group-table';

const LABELS = {
  group: 'Group', records: 'Records', manDays: 'Man-days', hours: 'Hours', overtimeHours: 'Overtime h', amount: 'Amount', signed: 'Signed',
  pending: 'Not signed', total: 'Total', noTeam: 'No team', noTask: 'No task', deletedTask: 'Deleted task',
};
const worker = (id: WorkerId, name: string, team: string): Worker => ({ id, name, team, trade: '', defaultDayRate: fen(0), phone: '', active: true });
const CONTEXT: LabourGroupContext = {
  workers: [worker(WANG, 'Wang', '=SUM(A1)'), worker(LI, 'Li', ' 木工班 '), worker(ZHAO, 'Zhao', '')],
  taskTitle: (id) => (id === 'task_Walls00001' ? 'Walls' : undefined),
  formatDay: (key) => `day ${key}`,
  labels: LABELS,
};

// Hand-computed: Wang 1 × ¥350 signed on Mar 2; Li 1.5 × ¥300 + 2 h × ¥40 overtime = ¥530 pending on Mar 31;
// Zhao 4 h at ¥320 / 8 h = ¥160 signed on Apr 1 on Walls; Wang ¥350 signed on Apr 1 on a deleted task.
const RECORDS = [
  labourRecord({ workerId: WANG, day: day('2026-03-02') }),
  labourRecord({ workerId: LI, day: day('2026-03-31'), manDays: 1.5, dayRate: fen(30_000), overtimeHours: 2, overtimeRate: fen(4_000), signOff: 'pending', signedBy: null, signedAt: null }),
  labourRecord({ workerId: ZHAO, day: day('2026-04-01'), timeUnit: 'hours', manDays: 0, hours: 4, dayRate: fen(32_000), taskId: 'task_Walls00001' }),
  labourRecord({ workerId: WANG, day: day('2026-04-01'), taskId: 'task_Gone000001' }),
];

describe('labour group table', () => {
  it('by team: the roster’s team (trimmed), workers with none under “No team”, exact hand-computed amounts', () => {
    const table = labourGroupTable(RECORDS, 'team', CONTEXT);
    expect(table.rows.map((row) => [row.label, row.figures.records, row.figures.amount, row.figures.signedAmount, row.figures.pendingAmount])).toEqual([
      ['No team', 1, 16_000, 16_000, 0],
      ['=SUM(A1)', 2, 70_000, 70_000, 0],
      ['木工班', 1, 53_000, 0, 53_000],
    ]);
    expect(table.total).toMatchObject({ records: 4, manDays: 3.5, hours: 4, overtimeHours: 2, amount: 139_000, signedAmount: 86_000, pendingAmount: 53_000 });
  });

  it('by month, by day and by task, with task titles, “No task” and a task deleted since', () => {
    expect(labourGroupTable(RECORDS, 'month', CONTEXT).rows.map((row) => [row.label, row.figures.amount])).toEqual([['2026-03', 88_000], ['2026-04', 51_000]]);
    expect(labourGroupTable(RECORDS, 'day', CONTEXT).rows.map((row) => [row.label, row.figures.amount])).toEqual([
      ['day 2026-03-02', 35_000], ['day 2026-03-31', 53_000], ['day 2026-04-01', 51_000],
    ]);
    expect(labourGroupTable(RECORDS, 'task', CONTEXT).rows.map((row) => [row.label, row.figures.amount])).toEqual([
      ['No task', 88_000], ['Deleted task', 35_000], ['Walls', 16_000],
    ]);
  });

  it('every grouping’s rows add up to its total, which equals the per-worker total', () => {
    const perWorker = workerBalances(RECORDS, []).total;
    for (const grouping of GROUP_TABLE_GROUPINGS) {
      const table = labourGroupTable(RECORDS, grouping, CONTEXT);
      expect(table.rows.reduce((sum, row) => sum + row.figures.amount, 0), grouping).toBe(table.total.amount);
      expect(table.total.signedAmount, grouping).toBe(perWorker.signedAmount);
      expect(table.total.pendingAmount, grouping).toBe(perWorker.pendingAmount);
    }
  });

  it('exports as shown, money in yuan, a formula-like team neutralised, a total row', () => {
    const csv = writeCsv(labourGroupExport(labourGroupTable(RECORDS, 'team', CONTEXT), LABELS));
    expect(csv).toBe('\uFEFFGroup,Records,Man-days,Hours,Overtime h,Amount (¥),Signed (¥),Not signed (¥)\r\n'
      + 'No team,1,0,4,0,160,160,0\r\n'
      + '\'=SUM(A1),2,2,0,0,700,700,0\r\n'
      + '木工班,1,1.5,0,2,530,0,530\r\n'
      + 'Total,4,3.5,4,2,1390,860,530\r\n');
  });

  it('a day exports as a date cell, not as the locale’s text', () => {
    const exported = labourGroupExport(labourGroupTable(RECORDS, 'day', CONTEXT), LABELS);
    expect(exported.rows[0]?.[0]).toEqual({ kind: 'day', value: '2026-03-02' });
  });
});
