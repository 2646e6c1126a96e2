import { describe, expect, it } from 'vitest';
import { dayToChartX } from '../../ui/chart/chart-data';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { burnUpSeries, cashSeries, costSeries, earnedValueGap, earnedValueSeries, lastPerDay, latestValues, overdueSeries, progressSeries } from './health-series';
import type { FinancePoint, SnapshotPoint, TaskPoint } from './metrics-wire';

const day = (value: string): IsoDay => value as IsoDay;
const money = (value: number): Fen => value as Fen;
const taskPoint = (total: number, done: number, overdue = 0): TaskPoint => ({ total, done, open: total - done, overdue, percentComplete: total === 0 ? null : Math.round((1000 * done) / total) / 10 });
const project = (at: number, d: string, tasks: TaskPoint, planned: number | null = null, actual: number | null = null): SnapshotPoint => ({
  at, day: day(d), tasks, finance: null,
  schedule: planned === null ? null : { plannedPercent: planned, actualPercent: actual, lateCriticalTasks: 1, forecastFinish: null, baselineFinish: null },
});
const financePoint = (budget: number, actual: number, balance: number, evm: { pv: number; ev: number; ac: number } | null = null): FinancePoint => ({
  budget: money(budget), actual: money(actual), cashIn: money(balance > 0 ? balance : 0), cashOut: money(balance < 0 ? -balance : 0), cashBalance: money(balance),
  earnedValue: evm ? 'ready' : 'no-baseline', pv: evm ? money(evm.pv) : null, ev: evm ? money(evm.ev) : null, ac: evm ? money(evm.ac) : null,
});
const finance = (at: number, d: string, point: FinancePoint): SnapshotPoint => ({ at, day: day(d), tasks: null, schedule: null, finance: point });

describe('lastPerDay', () => {
  it("keeps each day's last snapshot, days in order, whatever order the rows came in", () => {
    const days = lastPerDay([project(30, '2026-12-02', taskPoint(3, 2)), project(10, '2026-12-01', taskPoint(2, 0)), project(20, '2026-12-02', taskPoint(3, 1))]);
    expect(days.map((p) => [p.day, p.tasks?.done])).toEqual([['2026-12-01', 0], ['2026-12-02', 2]]);
  });
});

describe('project chart series', () => {
  const days = lastPerDay([project(1, '2026-12-01', taskPoint(2, 0, 1), 20, 10), project(2, '2026-12-02', taskPoint(4, 1, 2)), project(3, '2026-12-03', taskPoint(4, 3), 60, 55)]);
  const x = (d: string): number => dayToChartX(day(d));

  it('burn-up: the scope dashed, done tasks per day', () => {
    const [total, done] = burnUpSeries(days, { total: 'All', done: 'Done' });
    expect(total).toEqual({ label: 'All', dashed: true, points: [{ x: x('2026-12-01'), y: 2 }, { x: x('2026-12-02'), y: 4 }, { x: x('2026-12-03'), y: 4 }] });
    expect(done?.points.map((p) => p.y)).toEqual([0, 1, 3]);
    expect(done?.dashed).toBeUndefined();
  });
  it('progress: a day without schedule figures is a gap in planned/actual, not a zero', () => {
    const [planned, actual, tasksDone] = progressSeries(days, { planned: 'Planned', actual: 'Actual', tasksDone: 'Tasks done' });
    expect(planned?.points).toEqual([{ x: x('2026-12-01'), y: 20 }, { x: x('2026-12-03'), y: 60 }]);
    expect(actual?.points.map((p) => p.y)).toEqual([10, 55]);
    expect(tasksDone?.points.map((p) => p.y)).toEqual([0, 25, 75]);
  });
  it('overdue trend: overdue tasks and late critical tasks', () => {
    const [overdue, late] = overdueSeries(days, { overdue: 'Overdue', lateCritical: 'Late critical' });
    expect(overdue?.points.map((p) => p.y)).toEqual([1, 2, 0]);
    expect(late?.points.map((p) => p.y)).toEqual([1, 1]);
  });
  it('latest values: the newest point of each series, or null without any', () => {
    expect(latestValues(progressSeries(days, { planned: 'P', actual: 'A', tasksDone: 'T' }))).toEqual([
      { label: 'P', value: 60, x: x('2026-12-03') }, { label: 'A', value: 55, x: x('2026-12-03') }, { label: 'T', value: 75, x: x('2026-12-03') },
    ]);
    expect(latestValues(costSeries(days, { budget: 'B', actual: 'A' }))).toEqual([{ label: 'B', value: null, x: null }, { label: 'A', value: null, x: null }]);
  });
});

describe('finance chart series', () => {
  it('cost vs budget and cash balance, in fen', () => {
    const days = lastPerDay([finance(1, '2026-12-01', financePoint(100_000, 0, 0)), finance(2, '2026-12-02', financePoint(100_000, 123_450, -30_000))]);
    const [budget, actual] = costSeries(days, { budget: 'Budget', actual: 'Actual' });
    expect(budget?.points.map((p) => p.y)).toEqual([100_000, 100_000]);
    expect(actual?.points.map((p) => p.y)).toEqual([0, 123_450]);
    const [balance, cashIn, cashOut] = cashSeries(days, { balance: 'Balance', cashIn: 'In', cashOut: 'Out' });
    expect(balance?.points.map((p) => p.y)).toEqual([0, -30_000]);
    expect(cashIn?.points.map((p) => p.y)).toEqual([0, 0]);
    expect(cashOut?.points.map((p) => p.y)).toEqual([0, 30_000]);
  });
  it('earned value from the days whose snapshot had it ready; the newest day says why there is none', () => {
    const without = lastPerDay([finance(1, '2026-12-01', financePoint(1, 0, 0))]);
    expect(earnedValueGap(without)).toBe('no-baseline');
    expect(earnedValueGap([])).toBe('missing');
    const withEvm = lastPerDay([...without, finance(2, '2026-12-02', financePoint(1, 0, 0, { pv: 500, ev: 400, ac: 450 }))]);
    expect(earnedValueGap(withEvm)).toBeNull();
    expect(earnedValueSeries(withEvm, { pv: 'PV', ev: 'EV', ac: 'AC' }).map((s) => s.points.map((p) => p.y))).toEqual([[500], [400], [450]]);
  });
});
