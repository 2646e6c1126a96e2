// Plain data the scheduling engine reads and returns. Durations and lags are working days of the
// project's calendar; a duration of 0 is a milestone.
import type { IsoDay } from '../../iso-day';

export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type Constraint =
  | { readonly kind: 'start-no-earlier-than'; readonly day: IsoDay }
  | { readonly kind: 'finish-no-later-than'; readonly day: IsoDay };

export interface ScheduleTask {
  readonly id: string;
  /** WBS parent; a task with children is a summary and is rolled up, not scheduled. */
  readonly parentId: string | null;
  /** Where a manual task sits; an auto task's own start is ignored (the engine places it). */
  readonly start: IsoDay | null;
  readonly duration: number;
  readonly mode: 'auto' | 'manual';
  readonly constraint: Constraint | null;
  /** 0–100. */
  readonly percentComplete: number;
}

export interface ScheduleLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Working days; negative = lead. */
  readonly lag: number;
}

export interface ScheduledTask {
  readonly id: string;
  readonly start: IsoDay;
  readonly finish: IsoDay;
  readonly duration: number;
  readonly lateStart: IsoDay;
  readonly lateFinish: IsoDay;
  /** Working days the task can slip without moving the project finish (negative: already late for a constraint). */
  readonly totalFloat: number;
  /** Working days it can slip without moving any successor. */
  readonly freeFloat: number;
  readonly critical: boolean;
  readonly isSummary: boolean;
  readonly isMilestone: boolean;
  /** Summaries: duration-weighted progress of their leaves. */
  readonly percentComplete: number;
}

export interface LinkViolation {
  readonly linkId: string;
  /** Working days the successor would have to move to satisfy the link. */
  readonly byDays: number;
}

export interface ScheduleResult {
  readonly tasks: ReadonlyMap<string, ScheduledTask>;
  readonly projectStart: IsoDay;
  readonly projectFinish: IsoDay;
  /** Groups of tasks linked in a circle; their links are ignored until the circle is broken. */
  readonly cycles: readonly (readonly string[])[];
  /** Links not applied: part of a cycle, to a missing task, or touching a summary task. */
  readonly ignoredLinks: readonly string[];
  /** Links a manual task's fixed dates break. */
  readonly violations: readonly LinkViolation[];
}
