// The day a project's schedule starts from: auto tasks without a start of their own begin here. It
// is the earliest start set on any task (an imported plan keeps its dates), or the day the project
// was created when that is earlier or nothing has a start yet.
import type { IsoDay } from '../../iso-day';

export function projectStartOf(tasks: readonly { readonly start: IsoDay | null }[], createdDay: IsoDay): IsoDay {
  let first = createdDay;
  for (const task of tasks) if (task.start !== null && task.start < first) first = task.start;
  return first;
}
