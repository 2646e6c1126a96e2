// Chart series for earned value: the planned value over the whole baseline (dashed: it is a plan),
// the actual cost up to today, and the earned value, which is known for today only (see evm-view.ts).
import type { EarnedValue } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { dayToChartX, type ChartSeries } from '../../ui/chart/chart-data';

export interface EvmChartLabels {
  readonly pv: string;
  readonly ev: string;
  readonly ac: string;
}

export function evmChartSeries(curve: readonly EarnedValue[], today: IsoDay, labels: EvmChartLabels): ChartSeries[] {
  const upToToday = curve.filter((point) => point.day <= today);
  const now = curve.find((point) => point.day === today);
  return [
    { label: labels.pv, points: curve.map((point) => ({ x: dayToChartX(point.day), y: point.pv })), dashed: true },
    { label: labels.ev, points: now === undefined ? [] : [{ x: dayToChartX(now.day), y: now.ev }] },
    { label: labels.ac, points: upToToday.map((point) => ({ x: dayToChartX(point.day), y: point.ac })) },
  ];
}
