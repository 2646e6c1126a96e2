import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { toDayNumber } from '../../../shared/domain/calendar/day-number';
import { METRICS_STEP_MS, chinaDay, periodChartRange, chinaMidnight, periodDays, periodRange, previousQuarter, quarterDays, quarterOf, quarterRange } from './health-period';

const day = (value: string): IsoDay => value as IsoDay;
/** 2026-12-03 10:00 in China. */
const NOW = Date.parse('2026-12-03T02:00:00Z');

describe('health periods', () => {
  it('counts days as China days: 17:00 UTC is already the next day there', () => {
    expect(chinaDay(Date.parse('2026-12-03T15:59:59Z'))).toBe('2026-12-03');
    expect(chinaDay(Date.parse('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
    expect(chinaMidnight(day('2026-12-04'))).toBe(Date.parse('2026-12-03T16:00:00Z'));
  });
  it('asks for the last 30 China days including today, reaching a day past now for clock skew', () => {
    const range = periodRange('30d', NOW);
    expect(range.from).toBe(chinaMidnight(day('2026-11-04')));
    expect(range.to).toBe(NOW + 86_400_000);
    expect(range.step).toBe(METRICS_STEP_MS);
    expect(periodDays('30d', NOW)).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(periodDays('year', NOW)).toEqual({ from: '2025-12-04', to: '2026-12-03' });
    expect(periodChartRange('30d', NOW)).toEqual([toDayNumber(day('2026-11-04')), toDayNumber(day('2026-12-03'))]);
  });
  it('uses buckets that never straddle a China midnight', () => {
    expect((chinaMidnight(day('2026-12-04')) % METRICS_STEP_MS)).toBe(0);
  });
  it('finds calendar quarters and the one before', () => {
    expect(quarterOf(day('2026-12-03'))).toEqual({ year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' });
    expect(quarterOf(day('2026-02-28'))).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(previousQuarter(quarterOf(day('2026-02-28')))).toEqual({ year: 2025, quarter: 4, start: '2025-10-01', end: '2025-12-31' });
    expect(previousQuarter(quarterOf(day('2026-08-01')))).toEqual({ year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30' });
  });
  it('ends a quarter under way today, and a closed one on its last day', () => {
    const current = quarterOf(day('2026-12-03'));
    expect(quarterDays(current, day('2026-12-03'))).toEqual({ from: '2026-10-01', to: '2026-12-03' });
    expect(quarterDays(previousQuarter(current), day('2026-12-03'))).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange(current)).toEqual({ from: chinaMidnight(day('2026-10-01')), to: chinaMidnight(day('2027-01-01')), step: METRICS_STEP_MS });
  });
});
