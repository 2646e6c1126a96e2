// The board's filters as plain data and one predicate, so "what is shown" is tested without a DOM.
import type { UserId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { Task } from '../../../shared/schema';
import { dueStatus } from './due-status';

export const DUE_FILTERS = ['any', 'overdue', 'today', 'week', 'none'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface BoardFilter {
  readonly assignee: UserId | null;
  readonly tag: string | null;
  readonly due: DueFilter;
}

export const NO_FILTER: BoardFilter = { assignee: null, tag: null, due: 'any' };

export function isFiltering(filter: BoardFilter): boolean {
  return filter.assignee !== null || filter.tag !== null || filter.due !== 'any';
}

export function isDueFilter(value: string): value is DueFilter {
  return (DUE_FILTERS as readonly string[]).includes(value);
}

type FilterableTask = Pick<Task, 'assignees' | 'tags' | 'dueDate'>;

export function matchesFilter(task: FilterableTask, filter: BoardFilter, today: IsoDay): boolean {
  if (filter.assignee !== null && !task.assignees.includes(filter.assignee)) return false;
  if (filter.tag !== null && !task.tags.includes(filter.tag)) return false;
  return matchesDue(task, filter.due, today);
}

function matchesDue(task: FilterableTask, due: DueFilter, today: IsoDay): boolean {
  const status = dueStatus(task.dueDate, today);
  switch (due) {
    case 'any': return true;
    case 'overdue': return status === 'overdue';
    case 'today': return status === 'today';
    // "This week" means what still has to be done this week: today through Sunday.
    case 'week': return status === 'today' || status === 'this-week';
    case 'none': return status === 'none';
  }
}

/** Every tag in use on the board, for the tag filter's choices. */
export function tagsInUse(tasks: readonly FilterableTask[]): string[] {
  const tags = new Set<string>();
  for (const task of tasks) for (const tag of task.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
