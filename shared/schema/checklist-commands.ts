// Named writers for a card's checklist: items are nested records keyed by id, so ticking one item
// and renaming another at the same time on two phones both survive.
import * as Y from 'yjs';
import { newId, type ChecklistItemId, type TaskId } from '../ids';
import { rankBetween } from '../rank';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { cleanLine, MAX_CHECKLIST_TEXT_LENGTH } from './limits';
import { projectRoots } from './project-roots';
import { lastRankIn } from './record-ranks';

export type ChecklistFailure = 'task-not-found' | 'item-not-found' | 'empty-or-too-long';

export function addChecklistItem(doc: Y.Doc, taskId: TaskId, text: string, now: number, origin: unknown): Result<ChecklistItemId, ChecklistFailure> {
  const clean = cleanLine(text, MAX_CHECKLIST_TEXT_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const task = projectRoots(doc).tasks.get(taskId);
  if (!isRecordMap(task)) return fail('task-not-found');
  const id = newId<'checklist-item'>();
  doc.transact(() => {
    const existing = task.get('checklist');
    const checklist = isRecordMap(existing) ? existing : new Y.Map<unknown>();
    if (checklist !== existing) task.set('checklist', checklist);
    const item = new Y.Map<unknown>();
    item.set('text', clean);
    item.set('done', false);
    item.set('rank', rankBetween(lastRankIn(checklist), null));
    checklist.set(id, item);
    task.set('updatedAt', now);
  }, origin);
  return ok(id);
}

export function setChecklistItemDone(doc: Y.Doc, taskId: TaskId, itemId: ChecklistItemId, done: boolean, now: number, origin: unknown): Result<void, ChecklistFailure> {
  return updateItem(doc, taskId, itemId, now, origin, (item) => item.set('done', done));
}

export function renameChecklistItem(doc: Y.Doc, taskId: TaskId, itemId: ChecklistItemId, text: string, now: number, origin: unknown): Result<void, ChecklistFailure> {
  const clean = cleanLine(text, MAX_CHECKLIST_TEXT_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  return updateItem(doc, taskId, itemId, now, origin, (item) => item.set('text', clean));
}

export function removeChecklistItem(doc: Y.Doc, taskId: TaskId, itemId: ChecklistItemId, now: number, origin: unknown): Result<void, ChecklistFailure> {
  return updateItem(doc, taskId, itemId, now, origin, (_item, checklist) => checklist.delete(itemId));
}

function updateItem(
  doc: Y.Doc, taskId: TaskId, itemId: ChecklistItemId, now: number, origin: unknown,
  change: (item: Y.Map<unknown>, checklist: Y.Map<unknown>) => void,
): Result<void, ChecklistFailure> {
  const task = projectRoots(doc).tasks.get(taskId);
  if (!isRecordMap(task)) return fail('task-not-found');
  const checklist = task.get('checklist');
  const item = isRecordMap(checklist) ? checklist.get(itemId) : undefined;
  if (!isRecordMap(checklist) || !isRecordMap(item)) return fail('item-not-found');
  doc.transact(() => {
    change(item, checklist);
    task.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}
