// A column's cards, windowed: only the cards in view (plus overscan) and the pinned ones (focused,
// dragged, being edited) are built; the skipped ones keep their height as margins and a spacer, so
// the list scrolls and its scroll bar behaves as if every card were there (card-window.ts).
import { For, Show, createMemo, createSelector, createSignal, onCleanup, onMount, untrack } from 'solid-js';
import type { Task } from '../../../shared/schema';
import { useBoard } from './board-context';
import { cardWindow, idAmongOthers, spacerHeight } from './card-window';
import type { DragState } from './create-card-drag';
import { TaskCard } from './TaskCard';

/** The `.card-list` gap in board.css. */
const CARD_GAP_PX = 8;
/** Built beyond each edge of the visible part: a few cards, so a flick of the wheel shows no blank. */
const OVERSCAN_PX = 480;

export function CardList(props: { label: string; cards: readonly Task[]; dropTarget: DragState | null }) {
  const board = useBoard();
  let list: HTMLOListElement | undefined;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [viewportHeight, setViewportHeight] = createSignal(window.innerHeight);
  // Ids never change, so reading them needn't subscribe to every card.
  const ids = createMemo(() => {
    const cards = props.cards;
    return untrack(() => cards.map((card) => card.id as string));
  });
  const layout = createMemo(() => {
    board.cardHeights.version();
    return cardWindow({
      ids: ids(), heightOf: board.cardHeights.heightOf, gap: CARD_GAP_PX,
      scrollTop: scrollTop(), viewportHeight: viewportHeight(), overscan: OVERSCAN_PX, pinned: board.keepRendered(),
    });
  });
  const rendered = createMemo(() => {
    const cards = props.cards;
    return layout().cards.map((card) => cards[card.index]).filter((task) => task !== undefined);
  });
  const placement = createMemo(() => new Map(layout().cards.map((card) => [card.id, card])));
  /** The card the drop indicator shows before, computed once per move instead of once per card. */
  const dropBeforeId = createMemo(() => {
    const target = props.dropTarget;
    return target?.target == null ? null : idAmongOthers(ids(), target.taskId, target.target.index);
  });
  const isDropBefore = createSelector(dropBeforeId);
  const dropsAtEnd = () => {
    const target = props.dropTarget;
    return target?.target != null && target.target.index === ids().length - (ids().includes(target.taskId) ? 1 : 0);
  };

  onMount(() => {
    if (!list) return;
    const element = list;
    const resize = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    resize.observe(element);
    onCleanup(() => resize.disconnect());
  });

  return (
    <ol class="card-list" aria-label={props.label} ref={list} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <For each={rendered()}>
        {(task) => {
          let slot: HTMLLIElement | undefined;
          onMount(() => slot && onCleanup(board.cardHeights.observe(slot, task.id)));
          return (
            <li
              ref={slot}
              class="card-slot"
              classList={{ 'card-slot--drop-before': isDropBefore(task.id) }}
              style={{ 'margin-top': `${placement().get(task.id)?.spaceBefore ?? 0}px` }}
              aria-posinset={(placement().get(task.id)?.index ?? 0) + 1}
              aria-setsize={ids().length}
            >
              <TaskCard task={task} />
            </li>
          );
        }}
      </For>
      <Show when={layout().spaceAfter > 0}>
        <li class="card-spacer" aria-hidden="true" style={{ height: `${spacerHeight(layout().spaceAfter, CARD_GAP_PX)}px` }} />
      </Show>
      <Show when={dropsAtEnd()}>
        <li class="drop-indicator" aria-hidden="true" />
      </Show>
    </ol>
  );
}
