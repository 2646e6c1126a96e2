// Named writers for a task's place in the schedule: new tasks from the Gantt and schedule edits.
// A task made here is also a card: it goes to the end of the board's first column.
import * as Y from 'yjs';
import type { Constraint } from '../domain/schedule/schedule-types';
import { isId, newId, type TaskId, type UserId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { rankBetween } from '../rank';
import { fail, ok, type Result } from '../result';
import { readColumns } from './column-commands';
import { isRecordMap } from './fields';
import { cleanLine, MAX_DURATION_DAYS, MAX_TITLE_LENGTH } from './limits';
import { rankAfterSibling, readSiblings } from './outline-placement';
import { projectRoots } from './project-roots';
import { SCHEDULE_MODES, type Priority, type ScheduleMode } from './project-types';
import { readConstraint } from './schedule-read';
import { columnEnds } from './task-placement';

export type ScheduleFailure =
  | 'task-not-found' | 'parent-not-found' | 'sibling-not-found' | 'empty-or-too-long'
  | 'invalid-start' | 'invalid-duration' | 'invalid-percent' | 'invalid-mode' | 'invalid-constraint';

export interface NewScheduleTask {
  readonly title: string;
  readonly parentId: TaskId | null;
  /** The sibling to insert after; null = last under the parent. */
  readonly after: TaskId | null;
  readonly start?: IsoDay | null;
  readonly duration?: number;
  readonly createdBy: UserId | null;
  readonly now: number;
}

export function addScheduleTask(doc: Y.Doc, input: NewScheduleTask, origin: unknown): Result<TaskId, ScheduleFailure> {
  const title = cleanLine(input.title, MAX_TITLE_LENGTH);
  if (title === null) return fail('empty-or-too-long');
  const checked = checkSchedulePatch({ start: input.start, duration: input.duration });
  if (!checked.ok) return checked;
  const { tasks } = projectRoots(doc);
  if (input.parentId !== null && !isRecordMap(tasks.get(input.parentId))) return fail('parent-not-found');
  const siblings = readSiblings(doc, input.parentId);
  if (input.after !== null && !siblings.some((sibling) => sibling.id === input.after)) return fail('sibling-not-found');
  const outlineRank = rankAfterSibling(siblings, input.after ?? siblings.at(-1)?.id ?? null);
  const columns = readColumns(doc);
  const firstColumn = columns[0] ?? null;
  const lastCard = firstColumn === null ? null : columnEnds(doc, columns, firstColumn.id).last;
  const id = newId<'task'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set('columnId', firstColumn?.id ?? null);
    record.set('title', title);
    record.set('description', new Y.Text());
    record.set('assignees', new Y.Map<unknown>());
    record.set('tags', new Y.Map<unknown>());
    record.set('checklist', new Y.Map<unknown>());
    record.set('dueDate', null);
    record.set('priority', 'normal' satisfies Priority);
    record.set('rank', rankBetween(lastCard?.rank ?? null, null));
    record.set('parentId', input.parentId);
    record.set('outlineRank', outlineRank);
    record.set('start', input.start ?? null);
    record.set('duration', input.duration ?? 1);
    record.set('percentComplete', 0);
    record.set('scheduleMode', 'auto' satisfies ScheduleMode);
    record.set('createdAt', input.now);
    record.set('createdBy', input.createdBy);
    record.set('updatedAt', input.now);
    tasks.set(id, record);
  }, origin);
  return ok(id);
}

/** Only the fields present change. */
export interface SchedulePatch {
  readonly start?: IsoDay | null;
  readonly duration?: number;
  readonly percentComplete?: number;
  readonly scheduleMode?: ScheduleMode;
  readonly constraint?: Constraint | null;
}

export function updateTaskSchedule(doc: Y.Doc, id: TaskId, patch: SchedulePatch, now: number, origin: unknown): Result<void, ScheduleFailure> {
  const record = projectRoots(doc).tasks.get(id);
  if (!isId<'task'>(id) || !isRecordMap(record)) return fail('task-not-found');
  const checked = checkSchedulePatch(patch);
  if (!checked.ok) return checked;
  doc.transact(() => {
    // each field written only when it changes, so a concurrent edit of it elsewhere isn't overridden needlessly
    const write = (key: string, value: unknown): void => {
      if (value !== undefined && JSON.stringify(record.get(key)) !== JSON.stringify(value)) record.set(key, value);
    };
    write('start', patch.start);
    write('duration', patch.duration);
    write('percentComplete', patch.percentComplete);
    write('scheduleMode', patch.scheduleMode);
    write('constraint', patch.constraint === undefined ? undefined : patch.constraint === null ? null : { ...patch.constraint });
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

function checkSchedulePatch(patch: SchedulePatch): Result<void, ScheduleFailure> {
  if (patch.start !== undefined && patch.start !== null && !isIsoDay(patch.start)) return fail('invalid-start');
  if (patch.duration !== undefined && !isIntIn(patch.duration, 0, MAX_DURATION_DAYS)) return fail('invalid-duration');
  if (patch.percentComplete !== undefined && !isIntIn(patch.percentComplete, 0, 100)) return fail('invalid-percent');
  if (patch.scheduleMode !== undefined && !SCHEDULE_MODES.includes(patch.scheduleMode)) return fail('invalid-mode');
  if (patch.constraint !== undefined && patch.constraint !== null && readConstraint(patch.constraint) === null) return fail('invalid-constraint');
  return ok(undefined);
}

function isIntIn(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}
