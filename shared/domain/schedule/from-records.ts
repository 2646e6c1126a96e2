// From the project room's records to the engine's input: the schema's tasks and links carry more
// than the engine needs (titles, ranks, board columns), and the engine must not depend on the schema.
import type { Task, TaskLink } from '../../schema/project-types';
import type { ScheduleLink, ScheduleTask } from './schedule-types';

export interface ScheduleInputRecords {
  readonly tasks: ScheduleTask[];
  readonly links: ScheduleLink[];
}

/** A task without a start is placed as early as its links allow (from the project start), whatever its mode. */
export function toScheduleInput(tasks: readonly Task[], links: readonly TaskLink[]): ScheduleInputRecords {
  return {
    tasks: tasks.map((task) => ({
      id: task.id,
      parentId: task.parentId,
      start: task.start,
      duration: task.duration,
      mode: task.start === null ? 'auto' : task.scheduleMode,
      constraint: task.constraint,
      percentComplete: task.percentComplete,
    })),
    links: links.map((link) => ({ id: link.id, from: link.from, to: link.to, type: link.type, lag: link.lag })),
  };
}
