// Where a card goes when moved by keyboard or dropped, in the board as the person sees it (filters
// may hide cards), translated to the index `moveTask` expects among all the column's other cards.
import type { ColumnId, TaskId } from '../../../shared/ids';

export type MoveDirection = 'up' | 'down' | 'left' | 'right';

export interface VisibleBoard {
  readonly columnIds: readonly ColumnId[];
  /** Visible card ids per column, in order. */
  readonly cards: ReadonlyMap<ColumnId, readonly TaskId[]>;
}

export interface VisibleDestination {
  readonly columnId: ColumnId;
  /** Position among the column's other visible cards. */
  readonly index: number;
}

export function keyboardDestination(board: VisibleBoard, taskId: TaskId, direction: MoveDirection): VisibleDestination | null {
  const from = board.columnIds.findIndex((id) => board.cards.get(id)?.includes(taskId));
  const columnId = board.columnIds[from];
  if (columnId === undefined) return null;
  const position = board.cards.get(columnId)?.indexOf(taskId) ?? -1;
  const othersHere = (board.cards.get(columnId)?.length ?? 1) - 1;
  switch (direction) {
    case 'up': return position > 0 ? { columnId, index: position - 1 } : null;
    case 'down': return position < othersHere ? { columnId, index: position + 1 } : null;
    case 'left':
    case 'right': {
      const target = board.columnIds[from + (direction === 'left' ? -1 : 1)];
      if (target === undefined) return null;
      return { columnId: target, index: Math.min(position, board.cards.get(target)?.length ?? 0) };
    }
  }
}

/**
 * Converts a position among visible cards into one among all cards (both lists without the moving
 * card): the card lands right after the visible card it was dropped below.
 */
export function toFullIndex(visibleOthers: readonly string[], allOthers: readonly string[], visibleIndex: number): number {
  if (visibleIndex <= 0) {
    const next = visibleOthers[0];
    const at = next === undefined ? -1 : allOthers.indexOf(next);
    return at === -1 ? 0 : at;
  }
  const previous = visibleOthers[Math.min(visibleIndex, visibleOthers.length) - 1];
  const at = previous === undefined ? -1 : allOthers.indexOf(previous);
  return at === -1 ? allOthers.length : at + 1;
}

/** Drop position among a column's cards from the pointer's y and each card's vertical middle. */
export function dropIndex(cardMiddles: readonly number[], pointerY: number): number {
  let index = 0;
  while (index < cardMiddles.length && (cardMiddles[index] ?? Infinity) < pointerY) index++;
  return index;
}
