// The quarter's system health review (系统健康度评估) as plain figures: the team's activity rate,
// satisfaction and error rate over the quarter's days, and each project's figures at the quarter's
// last snapshot. Pure, so the rules below are tested without a page.
//
// - Activity rate: the mean of the daily rates (active people ÷ members) over every day of the range,
//   quiet days counting as 0: a quarter where the team shows up twice a week reads as such.
// - Satisfaction: each day carries its month's mean so far, so a month's mean is its last non-null
//   day; the quarter's figure is the mean of its months' means (the API gives no answer counts).
// - Error rate: all error reports ÷ all active sessions. A day's sessions come back from its rate
//   (errors ÷ rate) when it had errors, else they are its active people (the relay's own rule).
import type { TeamMetricsDay } from '../../../shared/domain/metrics/team-metrics-wire';
import type { IsoDay } from '../../../shared/iso-day';
import type { FinancePoint, SchedulePoint, SnapshotPoint, TaskPoint } from './metrics-wire';

export interface TeamSummary {
  readonly days: number;
  readonly activeDays: number;
  /** 0–1; null when no day had a rate (no members). */
  readonly activityRate: number | null;
  readonly edits: number;
  readonly errors: number;
  readonly errorsPerActiveSession: number | null;
  readonly satisfaction: number | null;
}

export function summarizeTeam(days: readonly TeamMetricsDay[]): TeamSummary {
  const rates = days.map((day) => day.activityRate).filter((rate): rate is number => rate !== null);
  let sessions = 0;
  let errors = 0;
  const monthMeans = new Map<string, number>();
  for (const day of [...days].sort((a, b) => (a.day < b.day ? -1 : 1))) {
    errors += day.errors;
    if (day.errorsPerActiveSession !== null) sessions += day.errors > 0 && day.errorsPerActiveSession > 0 ? Math.round(day.errors / day.errorsPerActiveSession) : day.activePeople;
    if (day.satisfaction !== null) monthMeans.set(day.day.slice(0, 7), day.satisfaction);
  }
  const means = [...monthMeans.values()];
  return {
    days: days.length,
    activeDays: days.filter((day) => day.activePeople > 0).length,
    activityRate: rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    edits: days.reduce((sum, day) => sum + day.edits, 0),
    errors,
    errorsPerActiveSession: sessions === 0 ? null : errors / sessions,
    satisfaction: means.length === 0 ? null : means.reduce((sum, mean) => sum + mean, 0) / means.length,
  };
}

export interface ProjectSummary {
  /** The day of the last snapshot in the quarter; null when the quarter has none. */
  readonly asOf: IsoDay | null;
  readonly tasks: TaskPoint | null;
  readonly schedule: SchedulePoint | null;
  readonly finance: FinancePoint | null;
}

/** A project's figures at its last snapshot in the range: the work room's and, when given, the finance room's. */
export function summarizeProject(work: readonly SnapshotPoint[], money: readonly SnapshotPoint[] = []): ProjectSummary {
  const lastWork = latest(work);
  const lastMoney = latest(money);
  const days = [lastWork?.day, lastMoney?.day].filter((day): day is IsoDay => day !== undefined).sort();
  return { asOf: days.at(-1) ?? null, tasks: lastWork?.tasks ?? null, schedule: lastWork?.schedule ?? null, finance: lastMoney?.finance ?? null };
}

function latest(points: readonly SnapshotPoint[]): SnapshotPoint | undefined {
  return [...points].sort((a, b) => a.at - b.at).at(-1);
}
