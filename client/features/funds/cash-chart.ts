// Chart series for the funds centre: the cash balance so far and the forecast from today through
// planned entries (both from shared/domain's cash flow), the forecast dashed and joined to today.
import type { CashPoint } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { dayToChartX, type ChartSeries } from '../../ui/chart/chart-data';

export function cashChartSeries(history: readonly CashPoint[], forecast: readonly CashPoint[], today: IsoDay, labels: { balance: string; forecast: string }): ChartSeries[] {
  const balance = history.map((point) => ({ x: dayToChartX(point.day), y: point.balance }));
  const last = history.filter((point) => point.day <= today).at(-1);
  const start = forecast.length === 0 ? [] : [{ x: dayToChartX(today), y: last?.balance ?? 0 }];
  const ahead = forecast.map((point) => ({ x: dayToChartX(point.day), y: point.balance }));
  return [
    { label: labels.balance, points: balance },
    { label: labels.forecast, points: [...start, ...ahead], dashed: true },
  ];
}
