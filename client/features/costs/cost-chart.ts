// Chart series for the cost centre: the cumulative actual cost per day against the total budget.
import { addFen, ZERO_FEN, type Fen } from '../../../shared/money';
import type { CostEntry } from '../../../shared/domain/finance';
import { dayToChartX, type ChartSeries } from '../../ui/chart/chart-data';

export interface CostChartLabels {
  readonly actual: string;
  readonly budget: string;
}

/** A budget line runs flat from the first to the last cost day; without costs there is nothing to draw. */
export function cumulativeCostSeries(costs: readonly CostEntry[], budget: Fen, labels: CostChartLabels): ChartSeries[] {
  const byDay = new Map<string, Fen>();
  for (const cost of costs) byDay.set(cost.day, addFen(byDay.get(cost.day) ?? ZERO_FEN, cost.amount));
  const days = [...byDay.keys()].sort();
  let running = ZERO_FEN;
  const actual = days.map((day) => {
    running = addFen(running, byDay.get(day) ?? ZERO_FEN);
    return { x: dayToChartX(day as CostEntry['day']), y: running };
  });
  const first = actual[0];
  const last = actual.at(-1);
  const budgetPoints = first === undefined || last === undefined ? [] : [{ x: first.x, y: budget }, { x: last.x, y: budget }];
  return [
    { label: labels.actual, points: actual },
    { label: labels.budget, points: budgetPoints, dashed: true },
  ];
}
