// A column's title, card count and WIP limit (with a visible warning at or over it), and a menu to
// rename, set the limit, reorder or delete the column.
import { Show } from 'solid-js';
import { deleteColumn, moveColumn, renameColumn, setColumnWipLimit, type Column } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { InlineRename } from '../../ui/InlineRename';
import { useBoard } from './board-context';

export function ColumnHeader(props: { column: Column; index: number; columnCount: number; total: number; wipState: 'ok' | 'at' | 'over' }) {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const name = () => props.column.title;
  const saveWip = (event: SubmitEvent): void => {
    event.preventDefault();
    const raw = new FormData(event.currentTarget as HTMLFormElement).get('wip');
    const text = typeof raw === 'string' ? raw.trim() : '';
    // A non-number becomes NaN, which the command refuses with a message like any other bad limit.
    session.report(setColumnWipLimit(board.doc, props.column.id, text === '' ? null : Number(text), session.origin));
  };
  const remove = (): void => {
    if (confirm(t('board.confirmDeleteColumn', { name: name() }))) session.report(deleteColumn(board.doc, props.column.id, session.origin));
  };
  return (
    <header class="column__header">
      <div class="column__title-row">
        <Show when={board.canEdit()} fallback={<h2 class="column__title" id={`column-title-${props.column.id}`}>{name()}</h2>}>
          <InlineRename value={name()} label={t('board.renameColumn', { name: name() })} onSave={(title) => session.report(renameColumn(board.doc, props.column.id, title, session.origin))}>
            <h2 class="column__title" id={`column-title-${props.column.id}`}>{name()}</h2>
          </InlineRename>
        </Show>
        <span class={`wip-count wip-count--${props.wipState} tabular`} data-testid="wip-count" title={props.wipState === 'over' ? t('board.wipOver') : props.wipState === 'at' ? t('board.wipAt') : undefined}>
          <Show when={props.column.wipLimit !== null} fallback={props.total}>
            {t('board.wipCount', { count: props.total, limit: props.column.wipLimit ?? 0 })}
          </Show>
        </span>
      </div>
      <Show when={props.wipState !== 'ok'}>
        <p class={`wip-warning wip-warning--${props.wipState}`} role="status">⚠ {props.wipState === 'over' ? t('board.wipOver') : t('board.wipAt')}</p>
      </Show>
      <Show when={board.canEdit()}>
        <details class="column__menu">
          <summary class="icon-button icon-button--quiet" aria-label={t('board.columnMenu', { name: name() })}>⋯</summary>
          <div class="column__menu-body">
            <form class="inline-form" onSubmit={saveWip}>
              <label class="field">
                <span>{t('board.wipLimitFor', { name: name() })}</span>
                <input name="wip" class="input input--number tabular" type="number" min="1" max="999" inputmode="numeric" value={props.column.wipLimit ?? ''} />
              </label>
              <button type="submit" class="button">{t('home.save')}</button>
            </form>
            <div class="button-row">
              <button type="button" class="button" disabled={props.index === 0} onClick={() => session.report(moveColumn(board.doc, props.column.id, props.index - 1, session.origin))}>
                ← <span class="visually-hidden">{t('board.moveColumnLeft', { name: name() })}</span>
              </button>
              <button type="button" class="button" disabled={props.index === props.columnCount - 1} onClick={() => session.report(moveColumn(board.doc, props.column.id, props.index + 1, session.origin))}>
                → <span class="visually-hidden">{t('board.moveColumnRight', { name: name() })}</span>
              </button>
              <button type="button" class="button button--danger" onClick={remove}>{t('board.deleteColumn', { name: name() })}</button>
            </div>
          </div>
        </details>
      </Show>
    </header>
  );
}
