// Named writers for tasks (cards). Fields are separate keys of one nested Y.Map, so two people
// editing different fields of the same card at once both keep their change.
import * as Y from 'yjs';
import { groupCardsByColumn } from '../domain/board';
import { isId, newId, type ColumnId, type TaskId, type UserId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { rankBetween } from '../rank';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { writeKeySet } from './key-set';
import { cleanLine, MAX_ASSIGNEES, MAX_DESCRIPTION_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from './limits';
import { readColumns } from './column-commands';
import { projectRoots } from './project-roots';
import { isPendingName } from './pending-name';
import { isPriority, type Priority } from './project-types';
import { columnEnds, readPlacements } from './task-placement';
import { replaceText } from './text-diff';

export type TaskFailure =
  | 'task-not-found' | 'column-not-found' | 'empty-or-too-long' | 'invalid-due-date'
  | 'invalid-priority' | 'too-many-tags' | 'invalid-tag' | 'too-many-assignees' | 'invalid-assignee';

export interface NewTask {
  readonly columnId: ColumnId;
  readonly title: string;
  readonly createdBy: UserId | null;
  readonly now: number;
  /** Where in the column the card goes; the end unless told otherwise. */
  readonly position?: 'top' | 'bottom';
}

export function addTask(doc: Y.Doc, input: NewTask, origin: unknown): Result<TaskId, TaskFailure> {
  const title = cleanLine(input.title, MAX_TITLE_LENGTH);
  if (title === null) return fail('empty-or-too-long');
  const columns = readColumns(doc);
  if (!columns.some((column) => column.id === input.columnId)) return fail('column-not-found');
  const ends = columnEnds(doc, columns, input.columnId);
  const rank = input.position === 'top'
    ? rankBetween(null, ends.first?.rank ?? null)
    : rankBetween(ends.last?.rank ?? null, null);
  const id = newId<'task'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set('columnId', input.columnId);
    record.set('title', title);
    record.set('description', new Y.Text());
    record.set('assignees', new Y.Map<unknown>());
    record.set('tags', new Y.Map<unknown>());
    record.set('checklist', new Y.Map<unknown>());
    record.set('dueDate', null);
    record.set('priority', 'normal' satisfies Priority);
    record.set('rank', rank);
    record.set('createdAt', input.now);
    record.set('createdBy', input.createdBy);
    record.set('updatedAt', input.now);
    projectRoots(doc).tasks.set(id, record);
  }, origin);
  return ok(id);
}

/** Only the fields present change; sets (assignees, tags) are written as differences, not replaced. */
export interface TaskPatch {
  readonly title?: string;
  readonly description?: string;
  readonly dueDate?: IsoDay | null;
  readonly priority?: Priority;
  readonly assignees?: readonly UserId[];
  /** Kept names from an import (Task.pendingAssignees): removed, or replaced by a member in `assignees`. */
  readonly pendingAssignees?: readonly string[];
  readonly tags?: readonly string[];
}

export function updateTask(doc: Y.Doc, id: TaskId, patch: TaskPatch, now: number, origin: unknown): Result<void, TaskFailure> {
  const record = projectRoots(doc).tasks.get(id);
  if (!isRecordMap(record)) return fail('task-not-found');
  const checked = checkPatch(patch);
  if (!checked.ok) return checked;
  const title = checked.value;
  doc.transact(() => {
    if (title !== undefined) record.set('title', title);
    if (patch.description !== undefined) replaceText(textField(record, 'description'), patch.description);
    if (patch.dueDate !== undefined) record.set('dueDate', patch.dueDate);
    if (patch.priority !== undefined) record.set('priority', patch.priority);
    if (patch.assignees !== undefined) writeKeySet(record, 'assignees', patch.assignees);
    if (patch.pendingAssignees !== undefined) writeKeySet(record, 'pendingAssignees', patch.pendingAssignees);
    if (patch.tags !== undefined) writeKeySet(record, 'tags', patch.tags.map((tag) => tag.trim()));
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

function checkPatch(patch: TaskPatch): Result<string | undefined, TaskFailure> {
  const title = patch.title === undefined ? undefined : cleanLine(patch.title, MAX_TITLE_LENGTH);
  if (title === null) return fail('empty-or-too-long');
  if (patch.description !== undefined && patch.description.length > MAX_DESCRIPTION_LENGTH) return fail('empty-or-too-long');
  if (patch.dueDate !== undefined && patch.dueDate !== null && !isIsoDay(patch.dueDate)) return fail('invalid-due-date');
  if (patch.priority !== undefined && !isPriority(patch.priority)) return fail('invalid-priority');
  if (patch.tags !== undefined) {
    if (patch.tags.length > MAX_TAGS) return fail('too-many-tags');
    if (patch.tags.some((tag) => tag.trim().length === 0 || tag.trim().length > MAX_TAG_LENGTH)) return fail('invalid-tag');
  }
  if (patch.assignees !== undefined) {
    if (patch.assignees.length > MAX_ASSIGNEES) return fail('too-many-assignees');
    if (!patch.assignees.every((user) => isId<'user'>(user))) return fail('invalid-assignee');
  }
  if (patch.pendingAssignees !== undefined) {
    if (patch.pendingAssignees.length > MAX_ASSIGNEES) return fail('too-many-assignees');
    if (!patch.pendingAssignees.every(isPendingName)) return fail('invalid-assignee');
  }
  return ok(title);
}

export interface TaskDestination {
  readonly columnId: ColumnId;
  /** Position among the other cards of the destination column, clamped to its ends. */
  readonly index: number;
}

export function moveTask(doc: Y.Doc, id: TaskId, to: TaskDestination, now: number, origin: unknown): Result<void, TaskFailure> {
  const record = projectRoots(doc).tasks.get(id);
  if (!isRecordMap(record)) return fail('task-not-found');
  const columns = readColumns(doc);
  if (!columns.some((column) => column.id === to.columnId)) return fail('column-not-found');
  const others = (groupCardsByColumn(columns, readPlacements(doc)).get(to.columnId) ?? []).filter((card) => card.id !== id);
  const index = Math.max(0, Math.min(Math.trunc(to.index), others.length));
  const rank = rankBetween(others[index - 1]?.rank ?? null, others[index]?.rank ?? null);
  doc.transact(() => {
    // Written only when it changes, so a concurrent move by someone else to another column isn't overridden needlessly.
    if (record.get('columnId') !== to.columnId) record.set('columnId', to.columnId);
    record.set('rank', rank);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/** Deletes a card, its comments and its links; its WBS children move up to its parent. */
export function deleteTask(doc: Y.Doc, id: TaskId, origin: unknown): Result<void, TaskFailure> {
  const { tasks, comments, links } = projectRoots(doc);
  const deleted = tasks.get(id);
  if (deleted === undefined) return fail('task-not-found');
  const parentId = isRecordMap(deleted) && isId<'task'>(deleted.get('parentId')) ? deleted.get('parentId') : null;
  doc.transact(() => {
    tasks.delete(id);
    comments.forEach((value, commentId) => {
      if (typeof value === 'object' && value !== null && (value as { taskId?: unknown }).taskId === id) comments.delete(commentId);
    });
    links.forEach((value, linkId) => {
      if (isRecordMap(value) && (value.get('from') === id || value.get('to') === id)) links.delete(linkId);
    });
    tasks.forEach((value) => {
      if (isRecordMap(value) && value.get('parentId') === id) value.set('parentId', parentId);
    });
  }, origin);
  return ok(undefined);
}

function textField(record: Y.Map<unknown>, key: string): Y.Text {
  const existing = record.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === 'string' ? existing : '');
  record.set(key, text);
  return text;
}

