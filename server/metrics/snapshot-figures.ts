// One room's figures, read from what the store holds: the document is rebuilt from its snapshot and
// log into a fresh Y.Doc and read only through shared/schema, then shared/domain computes.
// Schedule figures and earned value count working days with the workspace's own calendar (its
// settings in the `ws.` room: preset, weekdays, extra days off and working days), read from the store
// like the room itself; without a workspace room (the project is in none the relay knows, or access
// control is off) they use the China calendar, the settings' default. A finance room's earned value
// reads the matching `p.` room's tasks and baselines too (only here, on the snapshot job's path).
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
import type { WorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { computeProjectFigures, type ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { localIsoDay } from '../../shared/iso-day';
import { readCalendarSettings, readProject } from '../../shared/schema';
import { readFinance } from '../../shared/schema/finance-exports';
import { projectRoom, roomKind, type RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { readRoomDoc } from './room-doc-cache';

/** Teams are in China: days and "today" are China's (UTC+8, no daylight saving). */
export const METRICS_TIME_ZONE_OFFSET_MINUTES = -480;

const chinaPreset = chinaCalendar();

/** A workspace room's calendar settings as stored (the defaults, the China preset, for a room never written). */
export async function storedCalendarSettings(store: Pick<DocStore, 'load'>, workspaceRoom: RoomName): Promise<CalendarSettings> {
  return readRoomDoc(store, workspaceRoom, readCalendarSettings);
}

/** The working calendar of a workspace room as stored; the China calendar without one. */
export async function storedWorkspaceCalendar(store: Pick<DocStore, 'load'>, workspaceRoom: RoomName | null): Promise<WorkingCalendar> {
  if (workspaceRoom === null || roomKind(workspaceRoom) !== 'ws') return chinaPreset;
  return buildWorkingCalendar(await storedCalendarSettings(store, workspaceRoom));
}

/**
 * Null for rooms without project figures (`ws.`). `workspaceRoom`: the `ws.` room of the project's
 * workspace, whose calendar the schedule and earned value use; null for the China calendar.
 */
export async function snapshotFigures(store: Pick<DocStore, 'load'>, room: RoomName, now: number, workspaceRoom: RoomName | null = null): Promise<ProjectFigures | null> {
  const kind = roomKind(room);
  if (kind !== 'p' && kind !== 'f') return null;
  const today = localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES);
  const base = { today, timeZoneOffsetMinutes: METRICS_TIME_ZONE_OFFSET_MINUTES };
  const calendar = await storedWorkspaceCalendar(store, workspaceRoom);
  if (kind === 'p') return readRoomDoc(store, room, (doc) => computeProjectFigures({ ...base, project: readProject(doc), calendar }));
  const { tasks, baselines } = await readRoomDoc(store, projectRoom(room.slice(2)), readProject);
  // two rebuilds for a finance room: let the sockets be served between them
  await new Promise<void>((resolve) => setImmediate(resolve));
  return readRoomDoc(store, room, (doc) => computeProjectFigures({ ...base, finance: readFinance(doc), earnedValue: { project: { tasks, baselines }, calendar } }));
}
