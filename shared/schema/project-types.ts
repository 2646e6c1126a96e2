// Plain data read from a project room (`p.<id>`): the board's columns, tasks and comments.
import type { ChecklistItemId, ColumnId, CommentId, TaskId, UserId } from '../ids';
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
  readonly dueDate: IsoDay | null;
  readonly priority: Priority;
  readonly tags: readonly string[];
  readonly checklist: readonly ChecklistItem[];
  readonly rank: Rank;
  readonly createdAt: number;
  readonly createdBy: UserId | null;
  readonly updatedAt: number;
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
}
