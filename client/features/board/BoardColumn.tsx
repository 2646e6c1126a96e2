// One column: header with count and WIP state, its visible cards with the drop indicator while a card
// is dragged over, and the form to add a card.
import { For, Show, createMemo, createSelector } from 'solid-js';
import { isAtWipLimit, isOverWipLimit } from '../../../shared/domain/board';
import type { Column, Task } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { AddCardForm } from './AddCardForm';
import { useBoard } from './board-context';
import { ColumnHeader } from './ColumnHeader';
import { TaskCard } from './TaskCard';

export function BoardColumn(props: { column: Column; index: number; columnCount: number }) {
  const { t } = useI18n();
  const board = useBoard();
  const cards = (): readonly Task[] => board.visibleCards().get(props.column.id) ?? [];
  const total = () => board.allCards().get(props.column.id)?.length ?? 0;
  const wipState = () => isOverWipLimit(props.column.wipLimit, total()) ? 'over' : isAtWipLimit(props.column.wipLimit, total()) ? 'at' : 'ok';
  const dropTarget = () => {
    const state = board.drag.state();
    return state?.target?.columnId === props.column.id ? state : null;
  };
  /** The card the drop indicator shows before, computed once per move instead of once per card. */
  const dropBeforeId = createMemo(() => {
    const target = dropTarget();
    if (target?.target == null) return null;
    return cards().filter((card) => card.id !== target.taskId)[target.target.index]?.id ?? null;
  });
  const isDropBefore = createSelector(dropBeforeId);
  const othersCount = () => cards().filter((card) => card.id !== dropTarget()?.taskId).length;
  return (
    <section
      class={`column column--wip-${wipState()}`}
      classList={{ 'column--drop-target': dropTarget() !== null }}
      data-column-id={props.column.id}
      aria-labelledby={`column-title-${props.column.id}`}
      data-testid="column"
    >
      <ColumnHeader column={props.column} index={props.index} columnCount={props.columnCount} total={total()} wipState={wipState()} />
      <ol class="card-list" aria-label={props.column.title}>
        <For each={cards()}>
          {(task) => (
            <li class="card-slot" classList={{ 'card-slot--drop-before': isDropBefore(task.id) }}>
              <TaskCard task={task} />
            </li>
          )}
        </For>
        <Show when={dropTarget()?.target?.index === othersCount()}>
          <li class="drop-indicator" aria-hidden="true" />
        </Show>
      </ol>
      <Show when={board.canEdit()}>
        <AddCardForm columnId={props.column.id} columnTitle={props.column.title} />
      </Show>
      <Show when={wipState() !== 'ok'}>
        <span class="visually-hidden">{wipState() === 'over' ? t('board.wipOver') : t('board.wipAt')}</span>
      </Show>
    </section>
  );
}
