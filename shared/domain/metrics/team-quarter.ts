// The team part of the quarter's system health review (系统健康度评估), from the days of
// GET /api/metrics/team (team-metrics-wire.ts). Pure: the health page passes the days and the
// workspace's working calendar.
//
// - Activity rate: the mean of the daily rates (active people ÷ members) over the working days of the
//   workspace calendar, quiet working days counting as 0; a day off counts only if someone was active,
//   so weekends and the Spring Festival don't drag the figure down and weekend work isn't lost.
// - Satisfaction: each day carries its month's mean so far, so a month's mean is its last non-null
//   day; the quarter's figure is the mean of its months' means (the API gives no answer counts).
// - Error rate: all error reports ÷ all active sessions. A day's sessions come back from its rate
//   (errors ÷ rate) when it had errors, else they are its active people (the relay's own rule).
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-calendar';
import type { TeamMetricsDay } from './team-metrics-wire';

export interface TeamQuarterFigures {
  /** Days the activity rate is averaged over: working days, and days off on which someone was active. */
  readonly countedDays: number;
  readonly activeDays: number;
  /** 0–1; null when no counted day had a rate (no members, or no counted day at all). */
  readonly activityRate: number | null;
  readonly edits: number;
  readonly errors: number;
  readonly errorsPerActiveSession: number | null;
  readonly satisfaction: number | null;
}

export function summarizeTeamQuarter(days: readonly TeamMetricsDay[], calendar: WorkingCalendar): TeamQuarterFigures {
  const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const counted = sorted.filter((day) => day.activePeople > 0 || isWorkingDay(calendar, day.day));
  const rates = counted.map((day) => day.activityRate).filter((rate): rate is number => rate !== null);
  let sessions = 0;
  let errors = 0;
  const monthMeans = new Map<string, number>();
  for (const day of sorted) {
    errors += day.errors;
    if (day.errorsPerActiveSession !== null) sessions += day.errors > 0 && day.errorsPerActiveSession > 0 ? Math.round(day.errors / day.errorsPerActiveSession) : day.activePeople;
    if (day.satisfaction !== null) monthMeans.set(day.day.slice(0, 7), day.satisfaction);
  }
  const means = [...monthMeans.values()];
  return {
    countedDays: counted.length,
    activeDays: sorted.filter((day) => day.activePeople > 0).length,
    activityRate: rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    edits: sorted.reduce((sum, day) => sum + day.edits, 0),
    errors,
    errorsPerActiveSession: sessions === 0 ? null : errors / sessions,
    satisfaction: means.length === 0 ? null : means.reduce((sum, mean) => sum + mean, 0) / means.length,
  };
}
