// Plain data read from a project room (`p.<id>`): the board's columns, tasks and comments.
import type { Constraint, LinkType } from '../domain/schedule/schedule-types';
import type { BaselineId, ChecklistItemId, ColumnId, CommentId, LinkId, TaskId, UserId } from '../ids';
import type { IsoDay } from '../iso-day';
import type { Rank } from '../rank';

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

export interface Column {
  readonly id: ColumnId;
  readonly title: string;
  /** Most cards the team wants in this column at once; null = no limit. */
  readonly wipLimit: number | null;
  readonly rank: Rank;
}

export interface ChecklistItem {
  readonly id: ChecklistItemId;
  readonly text: string;
  readonly done: boolean;
  readonly rank: Rank;
}

export interface Task {
  readonly id: TaskId;
  readonly columnId: ColumnId | null;
  readonly title: string;
  readonly description: string;
  readonly assignees: readonly UserId[];
  /**
   * Names from an imported sheet that no member had, kept on the task (the person importing chose to):
   * shown as "not a member yet" until a member is assigned in their place. Not people: no access, no load.
   */
  readonly pendingAssignees: readonly string[];
  readonly dueDate: IsoDay | null;
  readonly priority: Priority;
  readonly tags: readonly string[];
  readonly checklist: readonly ChecklistItem[];
  readonly rank: Rank;
  readonly createdAt: number;
  readonly createdBy: UserId | null;
  readonly updatedAt: number;
  // Schedule fields (the Gantt): durations in working days of the workspace calendar.
  /** WBS parent; a task with children is a summary. */
  readonly parentId: TaskId | null;
  /** Order among siblings in the WBS outline (the board order is `rank`). */
  readonly outlineRank: Rank;
  /** null = not placed yet (scheduled as early as possible). */
  readonly start: IsoDay | null;
  /** 0 = milestone. */
  readonly duration: number;
  /** 0–100. */
  readonly percentComplete: number;
  readonly scheduleMode: ScheduleMode;
  readonly constraint: Constraint | null;
  /** Stable key of the imported row this task came from, so a re-import updates instead of duplicating. */
  readonly importKey: string | null;
}

export const SCHEDULE_MODES = ['auto', 'manual'] as const;
export type ScheduleMode = (typeof SCHEDULE_MODES)[number];

export interface TaskLink {
  readonly id: LinkId;
  readonly from: TaskId;
  readonly to: TaskId;
  readonly type: LinkType;
  /** Working days; negative = lead. */
  readonly lag: number;
  readonly createdAt: number;
}

export interface BaselineTaskDates {
  readonly start: IsoDay;
  readonly finish: IsoDay;
  readonly duration: number;
}

/** A saved copy of every task's dates: an immutable fact, stored as one plain value. */
export interface Baseline {
  readonly id: BaselineId;
  readonly name: string;
  readonly savedAt: number;
  readonly savedBy: UserId | null;
  readonly tasks: Readonly<Record<string, BaselineTaskDates>>;
}

export interface Comment {
  readonly id: CommentId;
  readonly taskId: TaskId;
  readonly authorId: UserId | null;
  readonly authorName: string;
  readonly text: string;
  readonly at: number;
}

export interface ProjectView {
  readonly columns: readonly Column[];
  readonly tasks: readonly Task[];
  readonly comments: readonly Comment[];
  readonly links: readonly TaskLink[];
  readonly baselines: readonly Baseline[];
}
