import { describe, expect, it } from 'vitest';
import { fen, yuan } from '../../money';
import type { WorkerId } from './finance-ids';
import { day, fundEntry, labourRecord, LI, WANG, ZHAO } from './finance-test-fixtures';
import { actualCosts, labourCostEntries } from './labour-costs';
import { summarizeLabour } from './labour-summary';
import { workerBalances } from './worker-balance';

// A crew of three over two months; amounts by hand:
//   Wang (masons) 3-02 1 day ¥350 = 35000; 3-03 1.5 days ¥350 = 52500 (unsigned); 4-01 0.5 day ¥350 = 17500
//   Li (masons) 3-02 8 h at ¥300 + 2 h overtime at ¥50 = 30000 + 10000 = 40000
//   Zhao (carpenters) 3-03 piece work 12.5 m² at ¥40 = 50000, task T1
const records = [
  labourRecord({ workerId: WANG, day: day('2026-03-02'), manDays: 1 }),
  labourRecord({ workerId: WANG, day: day('2026-03-03'), manDays: 1.5, signOff: 'pending', signedBy: null, signedAt: null }),
  labourRecord({ workerId: WANG, day: day('2026-04-01'), manDays: 0.5 }),
  labourRecord({ workerId: LI, day: day('2026-03-02'), timeUnit: 'hours', hours: 8, dayRate: fen(30_000), overtimeHours: 2, overtimeRate: fen(5_000) }),
  labourRecord({ workerId: ZHAO, day: day('2026-03-03'), pay: 'piece-rate', pieceRate: fen(4_000), quantity: 12.5, manDays: 1, taskId: 'task_T100000001' }),
];
const teams: Record<WorkerId, string> = { [WANG]: '泥工班', [LI]: '泥工班', [ZHAO]: '木工班' };
const teamOf = (worker: WorkerId): string => teams[worker] ?? '';

describe('labour summaries', () => {
  it('by worker: time, amount, signed and pending per worker, with totals', () => {
    const summary = summarizeLabour(records, 'worker');
    expect(summary.groups.map((g) => [g.key, g.records, g.manDays, g.hours, g.overtimeHours, g.amount, g.signedAmount, g.pendingAmount])).toEqual([
      [LI, 1, 0, 8, 2, 40_000, 40_000, 0],
      [WANG, 3, 3, 0, 0, 105_000, 52_500, 52_500],
      [ZHAO, 1, 1, 0, 0, 50_000, 50_000, 0],
    ]);
    expect(summary.total).toEqual({ records: 5, manDays: 4, hours: 8, overtimeHours: 2, amount: 195_000, signedAmount: 142_500, pendingAmount: 52_500 });
  });

  it('by team, day, month and task', () => {
    expect(summarizeLabour(records, 'team', undefined, teamOf).groups.map((g) => [g.key, g.amount])).toEqual([['木工班', 50_000], ['泥工班', 145_000]]);
    expect(summarizeLabour(records, 'day').groups.map((g) => [g.key, g.amount])).toEqual([['2026-03-02', 75_000], ['2026-03-03', 102_500], ['2026-04-01', 17_500]]);
    expect(summarizeLabour(records, 'month').groups.map((g) => [g.key, g.amount])).toEqual([['2026-03', 177_500], ['2026-04', 17_500]]);
    expect(summarizeLabour(records, 'task').groups.map((g) => [g.key, g.amount])).toEqual([['', 145_000], ['task_T100000001', 50_000]]);
  });

  it('limits to a day range, inclusive', () => {
    const march = summarizeLabour(records, 'worker', { from: day('2026-03-01'), to: day('2026-03-31') });
    expect(march.total.amount).toBe(177_500);
  });

  it('owed = signed − paid per worker; pending labour is not owed yet', () => {
    const funds = [
      fundEntry({ direction: 'payment', amount: yuan(300), workerId: WANG }),
      fundEntry({ direction: 'payment', amount: yuan(100), workerId: WANG, status: 'planned', paidDay: null }),
      fundEntry({ direction: 'payment', amount: yuan(500), workerId: LI }),
      fundEntry({ direction: 'receipt', amount: yuan(9_000) }),
    ];
    const balances = workerBalances(records, funds);
    expect(balances.workers.map((b) => [b.workerId, b.signedAmount, b.pendingAmount, b.paid, b.owed])).toEqual([
      [LI, 40_000, 0, 50_000, -10_000],
      [WANG, 52_500, 52_500, 30_000, 22_500],
      [ZHAO, 50_000, 0, 0, 50_000],
    ]);
    expect(balances.total).toEqual({ signedAmount: 142_500, pendingAmount: 52_500, paid: 80_000, owed: 62_500 });
  });

  it('signed labour appears among actual costs under labour, once, and unsigned does not', () => {
    const derived = labourCostEntries(records);
    expect(derived.map((entry) => entry.amount)).toEqual([35_000, 17_500, 40_000, 50_000]);
    expect(new Set(derived.map((entry) => entry.categoryId))).toEqual(new Set(['labour']));
    expect(derived[0]?.id.startsWith('labour:')).toBe(true);
    const all = actualCosts([], records);
    expect(all.map((entry) => entry.day)).toEqual(['2026-03-02', '2026-03-02', '2026-03-03', '2026-04-01']);
  });
});
