// From the team API's days (GET /api/metrics/team, shared/domain/metrics/team-metrics-wire.ts) to the
// team health charts. Every day of the range is in the answer; a day whose figure is null (nobody was
// a member, nobody was active, nobody had answered the survey) has no point, so the line has a gap.
import type { TeamMetricsDay } from '../../../shared/domain/metrics/team-metrics-wire';
import { dayToChartX, type ChartPoint, type ChartSeries } from '../../ui/chart/chart-data';

type DayFigure = (day: TeamMetricsDay) => number | null;

function line(days: readonly TeamMetricsDay[], label: string, pick: DayFigure): ChartSeries {
  const points: ChartPoint[] = [];
  for (const day of days) {
    const y = pick(day);
    if (y !== null && Number.isFinite(y)) points.push({ x: dayToChartX(day.day), y });
  }
  return { label, points };
}

/** Active people ÷ members per day, a fraction 0–1. */
export function activitySeries(days: readonly TeamMetricsDay[], label: string): ChartSeries[] {
  return [line(days, label, (day) => day.activityRate)];
}

/** The month-to-date mean of the 1–5 answers, per day. */
export function satisfactionSeries(days: readonly TeamMetricsDay[], label: string): ChartSeries[] {
  return [line(days, label, (day) => day.satisfaction)];
}

export function errorRateSeries(days: readonly TeamMetricsDay[], label: string): ChartSeries[] {
  return [line(days, label, (day) => day.errorsPerActiveSession)];
}

/** The workspace's members per day as the relay recorded them (today: now); days without a record are gaps. */
export function memberCountSeries(days: readonly TeamMetricsDay[], label: string): ChartSeries[] {
  return [line(days, label, (day) => day.memberCount)];
}
