// Board layout rules: which column a card shows in and in what order. A card whose column was
// deleted on another device (a concurrent delete and move) shows in the first column, never nowhere.
import type { ColumnId } from '../ids';
import { compareRanks, type Rank } from '../rank';

export interface PlacedColumn {
  readonly id: ColumnId;
  readonly rank: Rank;
}

export interface PlacedCard {
  readonly id: string;
  readonly columnId: ColumnId | null;
  readonly rank: Rank;
}

/** Columns must already be in rank order. */
export function effectiveColumnId(columns: readonly PlacedColumn[], columnId: ColumnId | null): ColumnId | null {
  if (columnId !== null && columns.some((column) => column.id === columnId)) return columnId;
  return columns[0]?.id ?? null;
}

/** Cards per column, each list in rank order (ties by id), every card in exactly one list. */
export function groupCardsByColumn<Card extends PlacedCard>(
  columns: readonly PlacedColumn[],
  cards: readonly Card[],
): Map<ColumnId, Card[]> {
  const groups = new Map<ColumnId, Card[]>();
  for (const column of columns) groups.set(column.id, []);
  for (const card of cards) {
    const columnId = effectiveColumnId(columns, card.columnId);
    if (columnId !== null) groups.get(columnId)?.push(card);
  }
  for (const list of groups.values()) list.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
  return groups;
}

export function isOverWipLimit(wipLimit: number | null, cardCount: number): boolean {
  return wipLimit !== null && cardCount > wipLimit;
}

export function isAtWipLimit(wipLimit: number | null, cardCount: number): boolean {
  return wipLimit !== null && cardCount >= wipLimit;
}
