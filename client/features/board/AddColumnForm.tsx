// Adds a column at the right end of the board.
import { createSignal } from 'solid-js';
import { addColumn } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from './board-context';

export function AddColumnForm() {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const [title, setTitle] = createSignal('');
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    if (session.report(addColumn(board.doc, { title: title() }, session.origin))) setTitle('');
  };
  return (
    <form class="column column--new" onSubmit={add}>
      <label class="field">
        <span>{t('board.addColumn')}</span>
        <input class="input" placeholder={t('board.columnName')} maxLength={200} value={title()} onInput={(event) => setTitle(event.currentTarget.value)} />
      </label>
      <button type="submit" class="button" disabled={title().trim() === ''}>{t('board.addColumn')}</button>
    </form>
  );
}
