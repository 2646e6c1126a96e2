// One room's figures, read from what the store holds: the document is rebuilt from its snapshot and
// log into a fresh Y.Doc and read only through shared/schema, then shared/domain computes.
// Schedule figures use the China calendar (official holidays and make-up days); a workspace's own
// calendar settings live in its `ws.` room and are not read here yet. A finance room's earned value
// reads the matching `p.` room's tasks and baselines too (only here, on the snapshot job's path).
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import { computeProjectFigures, type ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { localIsoDay } from '../../shared/iso-day';
import { readProject } from '../../shared/schema';
import { readFinance } from '../../shared/schema/finance-exports';
import { projectRoom, roomKind, type RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { withRoomDoc } from '../store/stored-room-doc';

/** Teams are in China: days and "today" are China's (UTC+8, no daylight saving). */
export const METRICS_TIME_ZONE_OFFSET_MINUTES = -480;

const calendar = chinaCalendar();

/** Null for rooms without project figures (`ws.`). */
export async function snapshotFigures(store: Pick<DocStore, 'load'>, room: RoomName, now: number): Promise<ProjectFigures | null> {
  const kind = roomKind(room);
  if (kind !== 'p' && kind !== 'f') return null;
  const today = localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES);
  const base = { today, timeZoneOffsetMinutes: METRICS_TIME_ZONE_OFFSET_MINUTES };
  if (kind === 'p') return withRoomDoc(store, room, (doc) => computeProjectFigures({ ...base, project: readProject(doc), calendar }));
  const { tasks, baselines } = await withRoomDoc(store, projectRoom(room.slice(2)), readProject);
  // two rebuilds for a finance room: let the sockets be served between them
  await new Promise<void>((resolve) => setImmediate(resolve));
  return withRoomDoc(store, room, (doc) => computeProjectFigures({ ...base, finance: readFinance(doc), earnedValue: { project: { tasks, baselines }, calendar } }));
}
