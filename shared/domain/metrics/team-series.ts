// The rows of GET /api/metrics/team: the asked range checked and spelled out day by day, and each
// day's team figures (computeTeamDay) plus the month's satisfaction so far and the day's member count. Pure: the relay reads its
// tables once for the whole range and passes plain rows.
import { isIsoDay, type IsoDay } from '../../iso-day';
import { fromDayNumber, toDayNumber } from '../calendar/day-number';
import { averageSatisfaction, computeTeamDay, type ActivityRow, type ErrorReportRow } from './team-figures';
import { MAX_TEAM_RANGE_DAYS, type TeamMetricsDay } from './team-metrics-wire';

export type TeamRangeFailure = 'invalid-from' | 'invalid-to' | 'invalid-range' | 'range-too-long';
export type TeamRange = { readonly ok: true; readonly days: readonly IsoDay[] } | { readonly ok: false; readonly reason: TeamRangeFailure };

/** Every day from `from` to `to`, both included; at most MAX_TEAM_RANGE_DAYS of them. */
export function teamRangeDays(from: unknown, to: unknown): TeamRange {
  if (!isIsoDay(from)) return { ok: false, reason: 'invalid-from' };
  if (!isIsoDay(to)) return { ok: false, reason: 'invalid-to' };
  const first = toDayNumber(from);
  const count = toDayNumber(to) - first + 1;
  if (count < 1) return { ok: false, reason: 'invalid-range' };
  if (count > MAX_TEAM_RANGE_DAYS) return { ok: false, reason: 'range-too-long' };
  return { ok: true, days: Array.from({ length: count }, (_, i) => fromDayNumber(first + i)) };
}

/** One satisfaction answer: the China day it was given and its 1–5 score. */
export interface SatisfactionAnswerRow {
  readonly day: IsoDay;
  readonly score: number;
}

/** A workspace's member count as the relay recorded it on a day. */
export interface MemberCountRow {
  readonly day: IsoDay;
  readonly members: number;
}

export interface TeamSeriesInput {
  readonly days: readonly IsoDay[];
  /** Members now: today's member count, and the base of the activity rate of a day without a record. */
  readonly memberCount: number;
  /** The relay's "today" (a China day): its member count is `memberCount`, not a record. */
  readonly today: IsoDay;
  /** Member counts recorded per day (absent days have none). */
  readonly memberHistory: readonly MemberCountRow[];
  readonly activity: readonly ActivityRow[];
  readonly errors: readonly ErrorReportRow[];
  /** Answers of the months the days touch (earlier days of the first month included). */
  readonly answers: readonly SatisfactionAnswerRow[];
}

export function buildTeamSeries({ days, memberCount, today, memberHistory, activity, errors, answers }: TeamSeriesInput): TeamMetricsDay[] {
  const activityByDay = groupByDay(activity);
  const recorded = new Map(memberHistory.map((row) => [row.day, row.members]));
  const errorsByDay = groupByDay(errors);
  return days.map((day) => {
    const month = day.slice(0, 7);
    // the month so far: a day's value never changes once the day is over
    const scores = answers.filter((answer) => answer.day.slice(0, 7) === month && answer.day <= day).map((answer) => answer.score);
    const dayMembers = day === today ? memberCount : (recorded.get(day) ?? null);
    return {
      // a day's rate is against that day's members when the relay recorded them, else against today's
      ...computeTeamDay({ day, memberCount: dayMembers ?? memberCount, activity: activityByDay.get(day) ?? [], errors: errorsByDay.get(day) ?? [] }),
      satisfaction: averageSatisfaction(scores),
      memberCount: dayMembers,
    };
  });
}

function groupByDay<T extends { readonly day: IsoDay }>(rows: readonly T[]): Map<IsoDay, T[]> {
  const byDay = new Map<IsoDay, T[]>();
  for (const row of rows) {
    const list = byDay.get(row.day);
    if (list) list.push(row);
    else byDay.set(row.day, [row]);
  }
  return byDay;
}
