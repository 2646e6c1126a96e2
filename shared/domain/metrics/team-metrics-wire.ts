// What GET /api/metrics/team answers: a workspace's team figures, one row per China day from `from` to
// `to` (both included, every day present, zeros on quiet days). The relay builds it, the health page
// charts it; both import this file so the shape can't drift.
import type { IsoDay } from '../../iso-day';
import type { TeamDayFigures } from './team-figures';

/** Longest range one request may ask for: a quarter's review and a year's trend both fit. */
export const MAX_TEAM_RANGE_DAYS = 400;

export interface TeamMetricsDay extends TeamDayFigures {
  /**
   * Mean of the workspace's 1–5 answers given in this day's China month up to and including this
   * day; null when nobody had answered yet that month.
   */
  readonly satisfaction: number | null;
  /**
   * The workspace's members that day: the most the relay counted at its daily passes at the day's
   * start and end (so a person who joined during the day counts in it), today's the count now; null
   * for a day with no record (before the relay recorded counts, or a day it did not run).
   */
  readonly memberCount: number | null;
}

export interface TeamMetricsWire {
  readonly workspaceId: string;
  /** Members now; the base of the activity rate of days without a recorded `memberCount`. */
  readonly members: number;
  readonly days: readonly TeamMetricsDay[];
}
