// Row recycling: the rows in view are drawn in a fixed set of slots, row r always in slot
// r mod slots, so a scroll by k rows hands new rows to exactly k slots and every other slot keeps
// its elements and its row. The slots' elements are reused with new text rather than built again,
// which keeps even a fast sweep through thousands of rows cheap.
import type { RowViewport, RowWindow } from './row-window';

/** Slots enough for any window the viewport can show: its rows, one partly visible, and the overscan. */
export function slotCount(view: Pick<RowViewport, 'viewportHeight' | 'rowHeight' | 'overscan'>): number {
  if (view.rowHeight <= 0) return 0;
  return Math.ceil(Math.max(0, view.viewportHeight) / view.rowHeight) + 1 + 2 * view.overscan;
}

/**
 * The row each slot shows (-1: none). Every slot is given a row while the table has enough: a window
 * shorter than the slots is widened with the rows after it (or before it, at the end of the table),
 * so a scroll never empties one slot and fills another. A window wider than the slots grows them.
 */
export function rowSlots(window: Pick<RowWindow, 'first' | 'end'>, slots: number, rowCount: number): readonly number[] {
  const count = Math.max(slots, window.end - window.first);
  const start = Math.max(0, Math.min(window.first, rowCount - count));
  const end = Math.min(rowCount, start + count);
  const rows = new Array<number>(count).fill(-1);
  for (let row = start; row < end; row++) rows[row % count] = row;
  return rows;
}

/**
 * The slots holding rows, in the rows' order: slot order is not row order once the window has wrapped
 * round, so assistive technology is given this order (aria-owns) to read the rows top to bottom.
 */
export function slotsInRowOrder(rows: readonly number[]): readonly number[] {
  return rows.map((row, slot) => ({ row, slot })).filter((entry) => entry.row >= 0).sort((a, b) => a.row - b.row).map((entry) => entry.slot);
}

/**
 * The slots of a jump further than the overscan (a sweep, a drag of the scroll bar): the overscan's
 * rows would be replaced again before anyone saw them, so only the slots whose new row is in view are
 * given it, and every other slot keeps the row it had. A kept row is never in view, since a row in
 * view can only be in its own slot, which was just given it. The full slots follow once the scroll
 * settles.
 */
export function rowSlotsInView(previous: readonly number[], target: readonly number[], inView: Pick<RowWindow, 'first' | 'end'>, rowCount: number): readonly number[] {
  if (previous.length !== target.length) return target;
  return target.map((row, slot) => {
    if (row >= inView.first && row < inView.end) return row;
    const kept = previous[slot] ?? -1;
    return kept >= 0 && kept < rowCount ? kept : row;
  });
}
