// Validating readers for the schedule: a task's schedule fields, links and baselines. Values from
// other devices may be missing or of the wrong type; each falls back to a default, never throws.
import { LINK_TYPES, type Constraint, type LinkType } from '../domain/schedule/schedule-types';
import { isId, type TaskId } from '../ids';
import { isIsoDay } from '../iso-day';
import { isRank, type Rank } from '../rank';
import { isRecordMap, readIsoDayOrNull, readNumber, type RecordMap } from './fields';
import { MAX_DURATION_DAYS, MAX_IMPORT_KEY_LENGTH, MAX_LAG_DAYS, MAX_NAME_LENGTH } from './limits';
import { SCHEDULE_MODES, type Baseline, type BaselineTaskDates, type ScheduleMode, type TaskLink } from './project-types';

export interface TaskScheduleFields {
  readonly parentId: TaskId | null;
  readonly outlineRank: Rank;
  readonly start: ReturnType<typeof readIsoDayOrNull>;
  readonly duration: number;
  readonly percentComplete: number;
  readonly scheduleMode: ScheduleMode;
  readonly constraint: Constraint | null;
  readonly importKey: string | null;
}

/** `boardRank` is the default outline position, so tasks made before the Gantt keep their board order. */
export function readTaskSchedule(id: TaskId, record: RecordMap, boardRank: Rank): TaskScheduleFields {
  const parentId = record.get('parentId');
  const outlineRank = record.get('outlineRank');
  const mode = record.get('scheduleMode');
  const importKey = record.get('importKey');
  return {
    parentId: isId<'task'>(parentId) && parentId !== id ? parentId : null,
    outlineRank: isRank(outlineRank) ? outlineRank : boardRank,
    start: readIsoDayOrNull(record, 'start'),
    duration: readIntIn(record, 'duration', 1, 0, MAX_DURATION_DAYS),
    percentComplete: readIntIn(record, 'percentComplete', 0, 0, 100),
    scheduleMode: SCHEDULE_MODES.find((known) => known === mode) ?? 'auto',
    constraint: readConstraint(record.get('constraint')),
    importKey: typeof importKey === 'string' && importKey.length > 0 ? importKey.slice(0, MAX_IMPORT_KEY_LENGTH) : null,
  };
}

export function readConstraint(value: unknown): Constraint | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, day } = value as { kind?: unknown; day?: unknown };
  if (!isIsoDay(day)) return null;
  if (kind === 'start-no-earlier-than' || kind === 'finish-no-later-than') return { kind, day };
  return null;
}

export function readLink(id: string, value: unknown): TaskLink | null {
  if (!isId<'link'>(id) || !isRecordMap(value)) return null;
  const from = value.get('from');
  const to = value.get('to');
  const type = value.get('type');
  if (!isId<'task'>(from) || !isId<'task'>(to) || from === to) return null;
  return {
    id,
    from,
    to,
    type: isLinkType(type) ? type : 'FS',
    lag: readIntIn(value, 'lag', 0, -MAX_LAG_DAYS, MAX_LAG_DAYS),
    createdAt: readNumber(value, 'createdAt', 0),
  };
}

export function readBaseline(id: string, value: unknown): Baseline | null {
  if (!isId<'baseline'>(id) || typeof value !== 'object' || value === null || isRecordMap(value)) return null;
  const record = value as { name?: unknown; savedAt?: unknown; savedBy?: unknown; tasks?: unknown };
  if (typeof record.tasks !== 'object' || record.tasks === null) return null;
  const tasks: Record<string, BaselineTaskDates> = {};
  for (const [taskId, dates] of Object.entries(record.tasks as Record<string, unknown>)) {
    const read = readBaselineDates(dates);
    if (isId<'task'>(taskId) && read !== null) tasks[taskId] = read;
  }
  return {
    id,
    name: typeof record.name === 'string' ? record.name.slice(0, MAX_NAME_LENGTH) : '',
    savedAt: typeof record.savedAt === 'number' && Number.isFinite(record.savedAt) ? record.savedAt : 0,
    savedBy: isId<'user'>(record.savedBy) ? record.savedBy : null,
    tasks,
  };
}

export function isLinkType(value: unknown): value is LinkType {
  return typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value);
}

function readBaselineDates(value: unknown): BaselineTaskDates | null {
  if (typeof value !== 'object' || value === null) return null;
  const { start, finish, duration } = value as { start?: unknown; finish?: unknown; duration?: unknown };
  if (!isIsoDay(start) || !isIsoDay(finish) || finish < start) return null;
  if (typeof duration !== 'number' || !Number.isSafeInteger(duration) || duration < 0) return null;
  return { start, finish, duration };
}

function readIntIn(record: RecordMap, key: string, fallback: number, min: number, max: number): number {
  const value = record.get(key);
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
