// The start the schedule gives each task of a project now, scheduled as the schedule export does (the
// workspace calendar, from the earliest start or constraint day the project has, else today). The
// import plan compares a file's start with it: in a file exported from the app every task has a
// start, and a task placed by its links must not be pinned (changed) just because the file says
// where it already is.
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeSchedule } from '../schedule/compute-schedule';
import type { ScheduleLink, ScheduleTask } from '../schedule/schedule-types';
import type { IsoDay } from '../../iso-day';

/** Where a schedule of these tasks begins: the earliest start or constraint day, else `fallback`. */
export function exportProjectStart(tasks: readonly Pick<ScheduleTask, 'start' | 'constraint'>[], fallback: IsoDay): IsoDay {
  let earliest: IsoDay | null = null;
  for (const task of tasks) {
    for (const day of [task.start, task.constraint?.day ?? null]) if (day !== null && (earliest === null || day < earliest)) earliest = day;
  }
  return earliest ?? fallback;
}

export function scheduledStarts(tasks: readonly ScheduleTask[], links: readonly ScheduleLink[], calendar: WorkingCalendar, today: IsoDay): Map<string, IsoDay> {
  const result = computeSchedule({ tasks, links, calendar, projectStart: exportProjectStart(tasks, today) });
  return new Map([...result.tasks].map(([id, task]) => [id, task.start]));
}
