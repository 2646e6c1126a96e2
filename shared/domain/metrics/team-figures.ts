// A workspace's team figures for one day from what the relay saw: who connected and who edited, edits,
// client error reports and satisfaction answers. Pure: the relay reads its metrics tables and passes
// plain rows; GET /api/metrics/team serves them per day (team-series.ts, docs/metrics.md).
import type { IsoDay } from '../../iso-day';

/** One person's activity in one room on one day (the relay's `activity` table). */
export interface ActivityRow {
  readonly day: IsoDay;
  readonly userId: string;
  readonly connects: number;
  readonly edits: number;
}

/** One client error report (the relay's `telemetry` table). */
export interface ErrorReportRow {
  readonly day: IsoDay;
  readonly sessionId: string;
}

export interface TeamDayFigures {
  readonly day: IsoDay;
  /** People who connected to any of the workspace's rooms. */
  readonly activePeople: number;
  /** People who sent at least one accepted update. */
  readonly editors: number;
  /** Active people against members; null when the workspace has no members. */
  readonly activityRate: number | null;
  readonly edits: number;
  readonly errors: number;
  /** Error reports per active session (counted as the larger of active people and reporting sessions); null when nobody was active. */
  readonly errorsPerActiveSession: number | null;
}

export interface TeamDayInput {
  readonly day: IsoDay;
  readonly memberCount: number;
  readonly activity: readonly ActivityRow[];
  readonly errors: readonly ErrorReportRow[];
}

export function computeTeamDay({ day, memberCount, activity, errors }: TeamDayInput): TeamDayFigures {
  const active = new Set<string>();
  const editors = new Set<string>();
  let edits = 0;
  for (const row of activity) {
    if (row.day !== day) continue;
    if (row.connects > 0 || row.edits > 0) active.add(row.userId);
    if (row.edits > 0) editors.add(row.userId);
    edits += row.edits;
  }
  const dayErrors = errors.filter((row) => row.day === day);
  // The activity table knows people, not sessions: a person is at least one session, and every
  // session that reported an error was active, so the larger count is the better lower bound.
  const sessions = Math.max(active.size, new Set(dayErrors.map((row) => row.sessionId)).size);
  return {
    day,
    activePeople: active.size,
    editors: editors.size,
    activityRate: memberCount > 0 ? Math.min(1, active.size / memberCount) : null,
    edits,
    errors: dayErrors.length,
    errorsPerActiveSession: sessions > 0 ? dayErrors.length / sessions : null,
  };
}

/** The mean of 1–5 answers, or null when nobody answered. */
export function averageSatisfaction(scores: readonly number[]): number | null {
  const valid = scores.filter((score) => Number.isInteger(score) && score >= 1 && score <= 5);
  return valid.length === 0 ? null : valid.reduce((sum, score) => sum + score, 0) / valid.length;
}
