import { describe, expect, it } from 'vitest';
import type { TeamMetricsDay } from '../../../shared/domain/metrics/team-metrics-wire';
import type { IsoDay } from '../../../shared/iso-day';
import { dayToChartX } from '../../ui/chart/chart-data';
import { activitySeries, errorRateSeries, memberCountSeries, satisfactionSeries } from './team-series';

const teamDay = (day: string, fields: Partial<TeamMetricsDay>): TeamMetricsDay => ({
  day: day as IsoDay, activePeople: 0, editors: 0, activityRate: null, edits: 0, errors: 0, errorsPerActiveSession: null, satisfaction: null, memberCount: null, ...fields,
});

describe('team chart series', () => {
  const days = [teamDay('2026-12-01', { activityRate: 0.5, errorsPerActiveSession: 0 }), teamDay('2026-12-02', { activityRate: 0, satisfaction: 4 }), teamDay('2026-12-03', { activityRate: 1, errorsPerActiveSession: 0.5, satisfaction: 4.5 })];
  it('one point per day with a figure; null days are gaps', () => {
    expect(activitySeries(days, 'Rate')).toEqual([{ label: 'Rate', points: [0.5, 0, 1].map((y, i) => ({ x: dayToChartX(`2026-12-0${i + 1}` as IsoDay), y })) }]);
    expect(satisfactionSeries(days, 'S')[0]?.points.map((p) => p.y)).toEqual([4, 4.5]);
    expect(errorRateSeries(days, 'E')[0]?.points).toEqual([{ x: dayToChartX('2026-12-01' as IsoDay), y: 0 }, { x: dayToChartX('2026-12-03' as IsoDay), y: 0.5 }]);
  });

  it('charts the recorded member count per day, with a gap where none was recorded or an older relay sent none', () => {
    const counted = [teamDay('2026-12-01', { memberCount: 3 }), teamDay('2026-12-02', { memberCount: null }), { ...teamDay('2026-12-03', {}), memberCount: undefined as unknown as null }, teamDay('2026-12-04', { memberCount: 5 })];
    expect(memberCountSeries(counted, 'Members')).toEqual([{ label: 'Members', points: [{ x: dayToChartX('2026-12-01' as IsoDay), y: 3 }, { x: dayToChartX('2026-12-04' as IsoDay), y: 5 }] }]);
  });
});
