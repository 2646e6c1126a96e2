// A card's checklist: tick, rename (on leaving the field), remove, and add items.
import { For, createSignal } from 'solid-js';
import { addChecklistItem, removeChecklistItem, renameChecklistItem, setChecklistItemDone, type Task } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from './board-context';

export function ChecklistEditor(props: { task: Task }) {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const [draft, setDraft] = createSignal('');
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    if (session.report(addChecklistItem(board.doc, props.task.id, draft(), Date.now(), session.origin))) setDraft('');
  };
  const done = () => props.task.checklist.filter((item) => item.done).length;
  return (
    <fieldset class="fieldset">
      <legend>{t('card.checklistLabel')} <span class="muted tabular">{done()}/{props.task.checklist.length}</span></legend>
      <ul class="checklist">
        <For each={props.task.checklist}>
          {(item) => (
            <li class="checklist__item">
              <input
                type="checkbox"
                checked={item.done}
                aria-label={t('card.itemDone', { text: item.text })}
                onChange={(event) => session.report(setChecklistItemDone(board.doc, props.task.id, item.id, event.currentTarget.checked, Date.now(), session.origin))}
              />
              <input
                class="input input--bare"
                classList={{ 'is-done': item.done }}
                value={item.text}
                maxLength={500}
                aria-label={t('card.itemText')}
                onChange={(event) => session.report(renameChecklistItem(board.doc, props.task.id, item.id, event.currentTarget.value, Date.now(), session.origin))}
              />
              <button type="button" class="icon-button icon-button--quiet" aria-label={t('card.removeItem', { text: item.text })} onClick={() => session.report(removeChecklistItem(board.doc, props.task.id, item.id, Date.now(), session.origin))}>×</button>
            </li>
          )}
        </For>
      </ul>
      <form class="inline-form" onSubmit={add}>
        <input class="input" maxLength={500} placeholder={t('card.newItem')} aria-label={t('card.newItem')} value={draft()} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit" class="button" disabled={draft().trim() === ''}>{t('card.addItem')}</button>
      </form>
    </fieldset>
  );
}
