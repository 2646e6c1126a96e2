// What the briefing and the Today view ask of a task: is it done, is it running on a day, is it late.
// Done = the card sits in its project's last column (columns in rank order, as the board shows them;
// a card whose column was deleted shows in the first column, so it is not done — see board.ts).
import type { Column, Task } from '../../schema/project-types';
import type { IsoDay } from '../../iso-day';
import { effectiveColumnId } from '../board';

export function doneColumnId(columns: readonly Column[]): Column['id'] | null {
  return columns.length > 1 ? (columns[columns.length - 1]?.id ?? null) : null;
}

/** Columns must be in rank order. A project with a single column has no "done" column. */
export function isTaskDone(columns: readonly Column[], task: Task): boolean {
  const done = doneColumnId(columns);
  return done !== null && effectiveColumnId(columns, task.columnId) === done;
}

export interface TaskDates {
  readonly start: IsoDay;
  readonly finish: IsoDay;
}

/** Running on `day`: its scheduled span covers the day; without one, due that day. */
export function isRunningOn(task: Task, dates: TaskDates | undefined, day: IsoDay): boolean {
  if (dates) return dates.start <= day && day <= dates.finish;
  return task.dueDate === day;
}

/** Late on `today`: the due date has passed, or else the scheduled finish has. */
export function isOverdue(task: Task, dates: TaskDates | undefined, today: IsoDay): boolean {
  const deadline = task.dueDate ?? dates?.finish ?? null;
  return deadline !== null && deadline < today;
}
