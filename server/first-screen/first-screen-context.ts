// What a project's first screen is scheduled with, read from its workspace room: the working calendar
// (preset, weekdays, the workspace's own days off and make-up days) and the day the project was
// created, counted in China's days as the metrics are. Without a workspace room (access control off,
// or a project the relay doesn't know) the China calendar and today.
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import type { ProjectFirstScreenContext } from '../../shared/domain/schedule/project-first-screen';
import { localIsoDay } from '../../shared/iso-day';
import { readCalendarSettings, readWorkspace } from '../../shared/schema';
import type * as Y from 'yjs';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from '../metrics/snapshot-figures';

export interface FirstScreenContext extends ProjectFirstScreenContext {
  /** The created day is today's (no workspace room, or it doesn't list the project): the entry holds only today. */
  readonly fromToday: boolean;
}

export function firstScreenContext(workspaceDoc: Y.Doc | null, projectId: string, now: number): FirstScreenContext {
  const today = localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES);
  if (workspaceDoc === null) return { calendar: chinaCalendar(), createdDay: today, fromToday: true };
  const project = readWorkspace(workspaceDoc).projects.find((summary) => summary.id === projectId);
  return {
    calendar: buildWorkingCalendar(readCalendarSettings(workspaceDoc)),
    createdDay: project === undefined ? today : localIsoDay(project.createdAt, METRICS_TIME_ZONE_OFFSET_MINUTES),
    fromToday: project === undefined,
  };
}
