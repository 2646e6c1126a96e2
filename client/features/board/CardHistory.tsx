// A card's history in its editor: who changed what and when, from the relay. Collapsed by default
// and loaded only when opened, since it costs a request and decoding; kept outside the editing
// fieldset so a viewer can read it too.
import { createSignal, Show } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { createHistory } from '../history/create-history';
import { buildHistoryLines } from '../history/history-lines';
import { HistoryPanel } from '../history/HistoryPanel';
import { useBoard } from './board-context';

export function CardHistory(props: { taskId: TaskId }) {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const history = createHistory({ room: board.room, loader: board.historyLoader, signedIn: () => session.access.session() !== null });
  const [open, setOpen] = createSignal(false);
  return (
    <details
      class="fieldset card-history"
      data-testid="card-history"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (event.currentTarget.open) history.load();
      }}
    >
      <summary class="legend card-history__summary">{t('history.title')}</summary>
      <Show when={open()}>
        <HistoryPanel
          history={history}
          lines={(snapshot) => buildHistoryLines(snapshot.entries, { taskId: props.taskId, taskExists: (id) => board.records.tasks[id] !== undefined })}
        />
      </Show>
    </details>
  );
}
