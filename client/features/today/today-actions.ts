// The one-tap actions on a Today item: the next progress step and "done" (the card moves to its
// project's last column, as on the board). Pure helpers; the page calls the shared/schema commands.
import { doneColumnId } from '../../../shared/domain/briefing/task-state';
import type { Column, Task } from '../../../shared/schema/project-types';

/** A tap adds a quarter: 0 → 25 → 50 → 75 → 100. */
export const PROGRESS_STEP_PERCENT = 25;

/** The percentage the next tap sets, or null when the task is already at 100 %. */
export function nextProgress(task: Task): number | null {
  if (task.percentComplete >= 100) return null;
  const next = (Math.floor(task.percentComplete / PROGRESS_STEP_PERCENT) + 1) * PROGRESS_STEP_PERCENT;
  return Math.min(100, next);
}

/** Where "done" sends the card, or null when the project has no done column (a single column). */
export function doneColumnFor(columns: readonly Column[]): Column['id'] | null {
  return doneColumnId(columns);
}
