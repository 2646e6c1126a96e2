import { describe, expect, it } from 'vitest';
import type { CashPoint } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { dayToChartX } from '../../ui/chart/chart-data';
import { cashChartSeries } from './cash-chart';

const point = (day: string, balance: number): CashPoint => ({ day: day as IsoDay, inflow: 0 as Fen, outflow: 0 as Fen, balance: balance as Fen });
const x = (day: string): number => dayToChartX(day as IsoDay);
const labels = { balance: 'Balance', forecast: 'Forecast' };

describe('cashChartSeries', () => {
  it('draws the balance so far and a dashed forecast that starts from today', () => {
    const [balance, forecast] = cashChartSeries([point('2026-03-01', 500)], [point('2026-03-20', 200)], '2026-03-10' as IsoDay, labels);
    expect(balance?.points).toEqual([{ x: x('2026-03-01'), y: 500 }]);
    expect(forecast).toEqual({ label: 'Forecast', dashed: true, points: [{ x: x('2026-03-10'), y: 500 }, { x: x('2026-03-20'), y: 200 }] });
  });

  it('has no forecast points without planned entries', () => {
    expect(cashChartSeries([], [], '2026-03-10' as IsoDay, labels)[1]?.points).toEqual([]);
  });
});
