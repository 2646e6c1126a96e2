// The first screen of a project's document as the Gantt opens it (nothing collapsed; dates from the
// whole schedule with the workspace's working calendar): what the relay serves a device that holds
// nothing of the project yet (server/first-screen/), in the same entry the client keeps itself.
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDay } from '../../iso-day';
import type * as Y from 'yjs';
import { readProject } from '../../schema';
import { computeSchedule } from './compute-schedule';
import { captureFirstScreen } from './first-screen';
import { toScheduleInput } from './from-records';
import { outlineRows } from './outline-rows';
import { projectStartOf } from './project-start';

export interface ProjectFirstScreenContext {
  readonly calendar: WorkingCalendar;
  /** The day the project was created (the Gantt's earliest project start). */
  readonly createdDay: IsoDay;
}

/** The entry for a `p.` room's document, or null when it has no tasks. */
export function projectFirstScreen(doc: Y.Doc, context: ProjectFirstScreenContext): string | null {
  const { tasks, links } = readProject(doc);
  if (tasks.length === 0) return null;
  const result = computeSchedule({ ...toScheduleInput(tasks, links), calendar: context.calendar, projectStart: projectStartOf(tasks, context.createdDay) });
  return captureFirstScreen(doc, outlineRows(tasks, new Set()), result);
}
