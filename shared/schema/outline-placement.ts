// A light read of the WBS outline (parent and outline rank only), for commands that place tasks in
// it: reading whole tasks would cost a full read of a large project on every indent.
import type * as Y from 'yjs';
import { outlineChildren } from '../domain/schedule/wbs-codes';
import { isId, type TaskId } from '../ids';
import { rankBetween, type Rank } from '../rank';
import { isRecordMap, readRank } from './fields';
import { projectRoots } from './project-roots';

export interface OutlinePlacement {
  readonly id: TaskId;
  readonly parentId: TaskId | null;
  readonly outlineRank: Rank;
}

export function readOutline(doc: Y.Doc): OutlinePlacement[] {
  const placements: OutlinePlacement[] = [];
  projectRoots(doc).tasks.forEach((value, id) => {
    if (!isId<'task'>(id) || !isRecordMap(value)) return;
    const parentId = value.get('parentId');
    const outlineRank = value.get('outlineRank');
    placements.push({
      id,
      parentId: isId<'task'>(parentId) && parentId !== id ? parentId : null,
      outlineRank: typeof outlineRank === 'string' ? readRank(value, 'outlineRank') : readRank(value),
    });
  });
  return placements;
}

/** Siblings under `parentId` in outline order (broken parents read as top level, as the WBS codes do). */
export function outlineSiblings(outline: readonly OutlinePlacement[], parentId: TaskId | null): OutlinePlacement[] {
  return outlineChildren(outline).get(parentId) ?? [];
}

/** The rank just after `after` among `siblings` (null = at the start). */
export function rankAfterSibling(siblings: readonly OutlinePlacement[], after: TaskId | null): Rank {
  if (after === null) return rankBetween(null, siblings[0]?.outlineRank ?? null);
  const index = siblings.findIndex((sibling) => sibling.id === after);
  return rankBetween(siblings[index]?.outlineRank ?? null, siblings[index + 1]?.outlineRank ?? null);
}

/** True when `candidate` is `id` or lies under it: making it `id`'s parent would close a loop. */
export function isSelfOrDescendant(outline: readonly OutlinePlacement[], id: TaskId, candidate: TaskId): boolean {
  const parents = new Map(outline.map((item) => [item.id, item.parentId]));
  const seen = new Set<TaskId>();
  for (let at: TaskId | null = candidate; at !== null && !seen.has(at); at = parents.get(at) ?? null) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}
