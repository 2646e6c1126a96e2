// A light read of where every card sits (column and rank only), for commands that place cards:
// reading whole tasks would cost a full read of a 10,000-card project on every drag.
import type * as Y from 'yjs';
import type { PlacedCard, PlacedColumn } from '../domain/board';
import { isId, type ColumnId, type TaskId } from '../ids';
import { compareRanks, type Rank } from '../rank';
import { isRecordMap, readRank } from './fields';
import { projectRoots } from './project-roots';

export interface TaskPlacement extends PlacedCard {
  readonly id: TaskId;
}

export function readPlacements(doc: Y.Doc): TaskPlacement[] {
  const placements: TaskPlacement[] = [];
  projectRoots(doc).tasks.forEach((value, id) => {
    if (!isId<'task'>(id) || !isRecordMap(value)) return;
    const columnId = value.get('columnId');
    placements.push({ id, columnId: isId<'column'>(columnId) ? columnId : null, rank: readRank(value) });
  });
  return placements;
}

/**
 * The first and last card of a column, in the order groupCardsByColumn gives (rank, then id; a card
 * whose column is missing counts in the first one), found in one pass without building or sorting
 * the board: adding a card to a 10,000-card project must not cost a sort of every card.
 */
export function columnEnds(doc: Y.Doc, columns: readonly PlacedColumn[], columnId: ColumnId): { first: TaskPlacement | null; last: TaskPlacement | null } {
  const known = new Set<string>(columns.map((column) => column.id));
  const isFirstColumn = columns[0]?.id === columnId;
  let first: TaskPlacement | null = null;
  let last: TaskPlacement | null = null;
  projectRoots(doc).tasks.forEach((value, id) => {
    if (!isId<'task'>(id) || !isRecordMap(value)) return;
    const raw = value.get('columnId');
    const inColumn = raw === columnId || (isFirstColumn && (typeof raw !== 'string' || !known.has(raw)));
    if (!inColumn) return;
    const card: TaskPlacement = { id, columnId: isId<'column'>(raw) ? raw : null, rank: readRank(value) };
    if (first === null || comparePlacements(card, first) < 0) first = card;
    if (last === null || comparePlacements(card, last) > 0) last = card;
  });
  return { first, last };
}

function comparePlacements(a: { readonly id: string; readonly rank: Rank }, b: { readonly id: string; readonly rank: Rank }): number {
  return compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id);
}
