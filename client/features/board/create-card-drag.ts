// Drag and drop of cards with Pointer Events, so mouse, pen and touch all work (the HTML5 drag API
// does nothing on touch screens). Touch drags start from the card's handle, whose `touch-action:
// none` keeps the browser from scrolling instead; the mouse can grab the whole card. Columns are
// windowed (only some cards are built), so the drop position comes from the card under the pointer.
import { createMemo, createSelector, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ColumnId, TaskId } from '../../../shared/ids';
import { dropIndex, type VisibleDestination } from './card-moves';

/** Movement below this is a click or a tap, not a drag. */
const DRAG_THRESHOLD_PX = 6;
/** Near the board's left or right edge the board scrolls, so a card can reach off-screen columns. */
const EDGE_SCROLL_ZONE_PX = 48;
const EDGE_SCROLL_STEP_PX = 14;

/**
 * Position among the column's other visible cards (the dragged one left out) of the card `beforeId`,
 * or their count when `beforeId` is null (the end of the column).
 */
export type PositionOf = (columnId: ColumnId, draggedId: TaskId, beforeId: TaskId | null) => number;

export interface DragState {
  readonly taskId: TaskId;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly target: VisibleDestination | null;
}

export interface CardDrag {
  readonly state: Accessor<DragState | null>;
  /** True for the dragged card only: a selector, so a move re-renders two cards, not all of them. */
  isDragged(taskId: TaskId): boolean;
  begin(event: PointerEvent, taskId: TaskId, title: string): void;
  /** True once right after a drag ended, so the click that ends a mouse drag doesn't open the card. */
  consumeClick(): boolean;
}

export function createCardDrag(board: () => HTMLElement | undefined, onDrop: (taskId: TaskId, to: VisibleDestination) => void, positionOf: PositionOf): CardDrag {
  const [state, setState] = createSignal<DragState | null>(null);
  let suppressClick = false;
  let stopCurrent: (() => void) | null = null;
  let frame = 0;

  const targetAt = (x: number, y: number, taskId: TaskId): VisibleDestination | null => {
    const column = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-column-id]');
    const columnId = column?.dataset.columnId as ColumnId | undefined;
    if (!column || columnId === undefined) return null;
    const cards = [...column.querySelectorAll<HTMLElement>('[data-task-id]')].filter((card) => card.dataset.taskId !== taskId);
    const middles = cards.map((card) => {
      const rect = card.getBoundingClientRect();
      return rect.top + rect.height / 2;
    });
    // Below every built card is the end: the cards after the window are out of view below the list.
    const before = cards[dropIndex(middles, y)]?.dataset.taskId as TaskId | undefined;
    return { columnId, index: positionOf(columnId, taskId, before ?? null) };
  };

  /** Scrolls the column list under the pointer near its top or bottom edge; true if it moved. */
  const listEdgeScroll = (current: DragState): boolean => {
    const list = document.elementFromPoint(current.x, current.y)?.closest<HTMLElement>('[data-column-id]')?.querySelector<HTMLElement>('.card-list');
    if (!list) return false;
    const rect = list.getBoundingClientRect();
    const before = list.scrollTop;
    if (current.y < rect.top + EDGE_SCROLL_ZONE_PX && current.y > rect.top - EDGE_SCROLL_ZONE_PX) list.scrollTop -= EDGE_SCROLL_STEP_PX;
    else if (current.y > rect.bottom - EDGE_SCROLL_ZONE_PX && current.y < rect.bottom + EDGE_SCROLL_ZONE_PX) list.scrollTop += EDGE_SCROLL_STEP_PX;
    return list.scrollTop !== before;
  };

  const edgeScroll = (): void => {
    const current = state();
    const element = board();
    if (current && element) {
      const rect = element.getBoundingClientRect();
      if (current.x < rect.left + EDGE_SCROLL_ZONE_PX) element.scrollLeft -= EDGE_SCROLL_STEP_PX;
      else if (current.x > rect.right - EDGE_SCROLL_ZONE_PX) element.scrollLeft += EDGE_SCROLL_STEP_PX;
      if (listEdgeScroll(current)) setState({ ...current, target: targetAt(current.x, current.y, current.taskId) });
    }
    frame = requestAnimationFrame(edgeScroll);
  };

  const begin = (event: PointerEvent, taskId: TaskId, title: string): void => {
    if (event.button !== 0 || stopCurrent) return;
    const startX = event.clientX;
    const startY = event.clientY;
    const pointerId = event.pointerId;
    let active = false;
    const move = (moveEvent: PointerEvent): void => {
      if (moveEvent.pointerId !== pointerId) return;
      if (!active && Math.hypot(moveEvent.clientX - startX, moveEvent.clientY - startY) < DRAG_THRESHOLD_PX) return;
      if (!active) {
        active = true;
        frame = requestAnimationFrame(edgeScroll);
      }
      moveEvent.preventDefault();
      setState({ taskId, title, x: moveEvent.clientX, y: moveEvent.clientY, target: targetAt(moveEvent.clientX, moveEvent.clientY, taskId) });
    };
    const finish = (endEvent: PointerEvent): void => {
      if (endEvent.pointerId !== pointerId) return;
      const target = endEvent.type === 'pointerup' ? state()?.target ?? null : null;
      stop();
      if (active) {
        suppressClick = true;
        setTimeout(() => (suppressClick = false), 0);
      }
      if (active && target) onDrop(taskId, target);
    };
    const stop = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
      cancelAnimationFrame(frame);
      setState(null);
      stopCurrent = null;
    };
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);
    stopCurrent = stop;
  };

  onCleanup(() => stopCurrent?.());
  const isDragged = createSelector(createMemo(() => state()?.taskId ?? null));
  return {
    state,
    isDragged,
    begin,
    consumeClick() {
      const suppressed = suppressClick;
      suppressClick = false;
      return suppressed;
    },
  };
}
