// Named writers for the WBS outline: move a task under another, indent, outdent. Only the moved
// task's parent and outline rank change, so a concurrent edit of anything else on it survives.
import type * as Y from 'yjs';
import type { TaskId } from '../ids';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { isSelfOrDescendant, outlineSiblings, rankAfterSibling, readOutline } from './outline-placement';
import { projectRoots } from './project-roots';

export type OutlineFailure = 'task-not-found' | 'parent-not-found' | 'sibling-not-found' | 'would-nest-in-itself' | 'nothing-to-do';

export interface OutlineDestination {
  readonly parentId: TaskId | null;
  /** The sibling to go after under the new parent; null = first. */
  readonly after: TaskId | null;
}

export function moveTaskInOutline(doc: Y.Doc, id: TaskId, to: OutlineDestination, now: number, origin: unknown): Result<void, OutlineFailure> {
  const { tasks } = projectRoots(doc);
  const record = tasks.get(id);
  if (!isRecordMap(record)) return fail('task-not-found');
  if (to.parentId !== null && !isRecordMap(tasks.get(to.parentId))) return fail('parent-not-found');
  const outline = readOutline(doc);
  if (to.parentId !== null && isSelfOrDescendant(outline, id, to.parentId)) return fail('would-nest-in-itself');
  const siblings = outlineSiblings(outline, to.parentId).filter((sibling) => sibling.id !== id);
  if (to.after !== null && !siblings.some((sibling) => sibling.id === to.after)) return fail('sibling-not-found');
  const outlineRank = rankAfterSibling(siblings, to.after);
  doc.transact(() => {
    if (record.get('parentId') !== to.parentId) record.set('parentId', to.parentId);
    record.set('outlineRank', outlineRank);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/** The task becomes the last child of the sibling above it. */
export function indentTask(doc: Y.Doc, id: TaskId, now: number, origin: unknown): Result<void, OutlineFailure> {
  const outline = readOutline(doc);
  const self = outline.find((item) => item.id === id);
  if (self === undefined) return fail('task-not-found');
  const siblings = outlineSiblings(outline, parentOf(outline, id));
  const above = siblings[siblings.findIndex((sibling) => sibling.id === id) - 1];
  if (above === undefined) return fail('nothing-to-do');
  const children = outlineSiblings(outline, above.id);
  return moveTaskInOutline(doc, id, { parentId: above.id, after: children.at(-1)?.id ?? null }, now, origin);
}

/** The task becomes the next sibling of its parent. */
export function outdentTask(doc: Y.Doc, id: TaskId, now: number, origin: unknown): Result<void, OutlineFailure> {
  const outline = readOutline(doc);
  if (!outline.some((item) => item.id === id)) return fail('task-not-found');
  const parent = parentOf(outline, id);
  if (parent === null) return fail('nothing-to-do');
  return moveTaskInOutline(doc, id, { parentId: parentOf(outline, parent), after: parent }, now, origin);
}

/** The parent the outline actually shows (a broken or looping parent reads as top level). */
function parentOf(outline: ReturnType<typeof readOutline>, id: TaskId): TaskId | null {
  const item = outline.find((candidate) => candidate.id === id);
  if (item === undefined || item.parentId === null) return null;
  return outlineSiblings(outline, item.parentId).some((sibling) => sibling.id === id) ? item.parentId : null;
}
