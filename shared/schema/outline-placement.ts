// A light read of the WBS outline (parent and outline rank only), for commands that place tasks in
// it: reading whole tasks would cost a full read of a large project on every indent.
import type * as Y from 'yjs';
import { outlineChildren } from '../domain/schedule/wbs-codes';
import { isId, type TaskId } from '../ids';
import { compareRanks, rankBetween, type Rank } from '../rank';
import { isRecordMap, readRank, type RecordMap } from './fields';
import { projectRoots } from './project-roots';

export interface OutlinePlacement {
  readonly id: TaskId;
  readonly parentId: TaskId | null;
  readonly outlineRank: Rank;
}

export function readOutline(doc: Y.Doc): OutlinePlacement[] {
  const placements: OutlinePlacement[] = [];
  projectRoots(doc).tasks.forEach((value, id) => {
    if (isId<'task'>(id) && isRecordMap(value)) placements.push(placementOf(id, value));
  });
  return placements;
}

function placementOf(id: TaskId, record: RecordMap): OutlinePlacement {
  const outlineRank = record.get('outlineRank');
  return {
    id,
    parentId: parentOfRecord(id, record.get('parentId')),
    outlineRank: typeof outlineRank === 'string' ? readRank(record, 'outlineRank') : readRank(record),
  };
}

function parentOfRecord(id: string, parentId: unknown): TaskId | null {
  return isId<'task'>(parentId) && parentId !== id ? parentId : null;
}

/**
 * Siblings under `parentId` in outline order, as outlineSiblings(readOutline(doc), parentId) gives
 * them, reading only the parent of every task when `parentId` is a task (adding a task under a
 * summary of a 10,000-task project must not read and sort the whole outline).
 */
export function readSiblings(doc: Y.Doc, parentId: TaskId | null): OutlinePlacement[] {
  if (parentId === null) return outlineSiblings(readOutline(doc), null);
  const { tasks } = projectRoots(doc);
  if (!isId<'task'>(parentId) || !isRecordMap(tasks.get(parentId))) return [];
  // A child whose parent chain leads back to it is on a loop and reads as top level (outlineChildren).
  const chain = new Set<string>();
  for (let at: string | null = parentId; at !== null && !chain.has(at);) {
    chain.add(at);
    const record = tasks.get(at);
    at = isRecordMap(record) ? parentOfRecord(at, record.get('parentId')) : null;
  }
  const siblings: OutlinePlacement[] = [];
  tasks.forEach((value, id) => {
    if (!isRecordMap(value) || value.get('parentId') !== parentId || !isId<'task'>(id) || chain.has(id)) return;
    siblings.push(placementOf(id, value));
  });
  return siblings.sort((a, b) => compareRanks(a.outlineRank, b.outlineRank) || compareRanks(a.id, b.id));
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
