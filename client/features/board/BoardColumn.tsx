// One column: header with count and WIP state, its visible cards (windowed, with the drop indicator
// while a card is dragged over), and the form to add a card.
import { Show } from 'solid-js';
import { isAtWipLimit, isOverWipLimit } from '../../../shared/domain/board';
import type { Column, Task } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { AddCardForm } from './AddCardForm';
import { useBoard } from './board-context';
import { CardList } from './CardList';
import { ColumnHeader } from './ColumnHeader';

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
  return (
    <section
      class={`column column--wip-${wipState()}`}
      classList={{ 'column--drop-target': dropTarget() !== null }}
      data-column-id={props.column.id}
      aria-labelledby={`column-title-${props.column.id}`}
      data-testid="column"
    >
      <ColumnHeader column={props.column} index={props.index} columnCount={props.columnCount} total={total()} wipState={wipState()} />
      <CardList label={props.column.title} cards={cards()} dropTarget={dropTarget()} />
      <Show when={board.canEdit()}>
        <AddCardForm columnId={props.column.id} columnTitle={props.column.title} />
      </Show>
      <Show when={wipState() !== 'ok'}>
        <span class="visually-hidden">{wipState() === 'over' ? t('board.wipOver') : t('board.wipAt')}</span>
      </Show>
    </section>
  );
}
