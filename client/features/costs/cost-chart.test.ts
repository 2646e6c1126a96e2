import { describe, expect, it } from 'vitest';
import type { CategoryId, CostEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { dayToChartX } from '../../ui/chart/chart-data';
import { cumulativeCostSeries } from './cost-chart';

const cost = (day: string, amount: number): CostEntry => ({
  id: day + amount, day: day as IsoDay, categoryId: 'other' as CategoryId, amount: amount as Fen, taskId: null, supplier: '', invoiceNumber: '', note: '', enteredBy: null, source: 'entry',
});
const labels = { actual: 'Actual', budget: 'Budget' };
const x = (day: string): number => dayToChartX(day as IsoDay);

describe('cumulativeCostSeries', () => {
  it('adds each day to the running total and draws the budget flat over the same days', () => {
    const [actual, budget] = cumulativeCostSeries([cost('2026-03-03', 500), cost('2026-03-01', 100), cost('2026-03-01', 200)], 1_000 as Fen, labels);
    expect(actual?.points).toEqual([{ x: x('2026-03-01'), y: 300 }, { x: x('2026-03-03'), y: 800 }]);
    expect(budget).toEqual({ label: 'Budget', dashed: true, points: [{ x: x('2026-03-01'), y: 1_000 }, { x: x('2026-03-03'), y: 1_000 }] });
  });

  it('has no points without costs, so the chart says there is no data yet', () => {
    expect(cumulativeCostSeries([], 1_000 as Fen, labels).every((series) => series.points.length === 0)).toBe(true);
  });
});
