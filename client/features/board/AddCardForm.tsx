// Adds a card at the bottom of a column; the field stays focused so several cards go in quickly, and
// the column scrolls to its end so the new card shows (a long column only builds the cards in view).
import { createSignal } from 'solid-js';
import type { ColumnId } from '../../../shared/ids';
import { addTask } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from './board-context';

export function AddCardForm(props: { columnId: ColumnId; columnTitle: string }) {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const [title, setTitle] = createSignal('');
  let form: HTMLFormElement | undefined;
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = addTask(board.doc, { columnId: props.columnId, title: title(), createdBy: session.identity().id, now: Date.now() }, session.origin);
    if (!session.report(result)) return;
    setTitle('');
    const list = form?.closest('[data-column-id]')?.querySelector('.card-list');
    requestAnimationFrame(() => list?.scrollTo({ top: list.scrollHeight }));
  };
  return (
    <form class="add-card" ref={form} onSubmit={add}>
      <input
        class="input"
        placeholder={t('board.cardTitle')}
        aria-label={t('board.addCardTo', { name: props.columnTitle })}
        maxLength={500}
        value={title()}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <button type="submit" class="button" disabled={title().trim() === ''} aria-label={t('board.addCardTo', { name: props.columnTitle })}>+</button>
    </form>
  );
}
