// Shows a project's history in any of its states: why it can't be shown (signed out, offline, no
// access), loading, a failure with a retry, or the lines, newest first, with notes when the list
// is cut short. Used by the card editor's history section and by the activity page (whose lines
// export as .csv / .xlsx).
import { For, Match, Show, Switch, createMemo, createSignal, onCleanup, type JSX } from 'solid-js';
import { accessErrorKey } from '../../access/access-errors';
import { useWorkspace } from '../../app/WorkspaceScope';
import { formatRoute } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import type { History, HistoryState } from './create-history';
import type { HistoryUnavailable } from './history-availability';
import { TableExport } from '../costs/TableExport';
import { describeActions } from './history-actions';
import { historyExportTable } from './history-export';
import type { HistoryLine } from './history-lines';
import type { HistorySnapshot } from './history-loader';
import { relativeTime } from './relative-time';

/** Relative times ("5 minutes ago") are refreshed this often while the list is on screen. */
const CLOCK_TICK_MS = 30_000;

export interface HistoryPanelProps {
  readonly history: History;
  readonly lines: (snapshot: HistorySnapshot) => readonly HistoryLine[];
  /** Shown above a line, e.g. the card it is about (the activity feed). */
  readonly lineHeader?: (line: HistoryLine) => JSX.Element;
  /** Most lines shown at once; the rest is summarised. */
  readonly maxLines?: number;
  /** Offer the lines shown as a .csv / .xlsx (the activity feed), each with the card it is about. */
  readonly exportAs?: { readonly label: string; readonly fileName: string; readonly card: (line: HistoryLine) => string };
}

export function HistoryPanel(props: HistoryPanelProps) {
  const { t } = useI18n();
  const state = props.history.state;
  return (
    <div class="history" aria-busy={state().kind === 'loading' || props.history.refreshing()}>
      <Switch>
        <Match when={state().kind === 'idle' || state().kind === 'loading'}>
          <p class="muted" role="status">{t('history.loading')}</p>
        </Match>
        <Match when={unavailableReason(state())} keyed>
          {(reason) => (
            <p class="banner" role="status" data-testid="history-unavailable">
              <Switch>
                <Match when={reason === 'signed-out'}>
                  {t('history.signedOut')} <a href={formatRoute({ kind: 'sign-in' })}>{t('access.signIn')}</a>
                </Match>
                <Match when={reason === 'offline'}>{t('history.offline')}</Match>
                <Match when={reason === 'no-access'}>{t('access.error.no-access-to-room')}</Match>
              </Switch>
            </p>
          )}
        </Match>
        <Match when={errorCode(state())} keyed>
          {(code) => (
            <div class="stack" role="alert">
              <p>{t(accessErrorKey(code))}</p>
              <div><button type="button" class="button" onClick={() => props.history.load()}>{t('history.retry')}</button></div>
            </div>
          )}
        </Match>
        <Match when={snapshotOf(state())} keyed>
          {(snapshot) => <HistoryLines {...props} snapshot={snapshot} />}
        </Match>
      </Switch>
    </div>
  );
}

function HistoryLines(props: HistoryPanelProps & { snapshot: HistorySnapshot }) {
  const { t, language, formatDateTime } = useI18n();
  const workspace = useWorkspace();
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
  onCleanup(() => clearInterval(timer));
  const allLines = createMemo(() => props.lines(props.snapshot));
  const shown = createMemo(() => (props.maxLines === undefined ? allLines() : allLines().slice(0, props.maxLines)));
  const relativeFormat = createMemo(() => new Intl.RelativeTimeFormat(language(), { numeric: 'auto' }));
  const listFormat = createMemo(() => new Intl.ListFormat(language(), { style: 'long', type: 'conjunction' }));
  const who = (line: HistoryLine): string =>
    line.userName ?? (line.userId === null ? undefined : workspace.records.members[line.userId]?.name) ?? t('history.someone');
  const loadedUpTo = (): string => formatDateTime(props.snapshot.entries.at(-1)?.at ?? Date.now());
  return (
    <div class="stack">
      <div class="history__toolbar">
        <Show when={props.snapshot.waitingForSync}>
          <p class="muted small" role="status">{t('history.waitingForSync')}</p>
        </Show>
        <button type="button" class="button button--quiet" disabled={props.history.refreshing()} onClick={() => props.history.load()}>{t('history.refresh')}</button>
      </div>
      <Show when={props.snapshot.hasMore}>
        <p class="banner" role="status">
          {t('history.partial', { date: loadedUpTo() })}{' '}
          <button type="button" class="button" disabled={props.history.refreshing()} onClick={() => props.history.load()}>{t('history.continue')}</button>
        </p>
      </Show>
      <Show when={shown().length > 0} fallback={<p class="muted">{t('history.empty')}</p>}>
        <ol class="history-list" data-testid="history-list">
          <For each={shown()}>
            {(line) => (
              <li class="history-line" data-testid="history-line">
                {props.lineHeader?.(line)}
                <p class="history-line__text">
                  <strong>{who(line)}</strong> {describeActions(line.actions, t, (items) => listFormat().format(items))}
                </p>
                <time class="muted small" datetime={new Date(line.at).toISOString()}>
                  {formatRelative(relativeFormat(), line.at, now())} · {formatDateTime(line.at)}
                </time>
              </li>
            )}
          </For>
        </ol>
        <Show when={props.exportAs}>
          {(exportAs) => (
            <TableExport label={exportAs().label} fileName={exportAs().fileName} table={() => historyExportTable(shown(), {
              headers: [t('history.export.time'), t('history.export.who'), t('history.export.card'), t('history.export.what')], who, card: exportAs().card,
              what: (line) => describeActions(line.actions, t, (items) => listFormat().format(items)), offsetMinutes: (epochMs) => -new Date(epochMs).getTimezoneOffset(),
            })} />
          )}
        </Show>
      </Show>
      <Show when={allLines().length > shown().length}>
        <p class="muted small">{t('history.latestOnly', { count: shown().length })}</p>
      </Show>
      <Show when={props.snapshot.olderDropped}>
        <p class="muted small">{t('history.olderHidden')}</p>
      </Show>
    </div>
  );
}

function formatRelative(format: Intl.RelativeTimeFormat, at: number, now: number): string {
  const { value, unit } = relativeTime(at, now);
  return format.format(value, unit);
}

function unavailableReason(state: HistoryState): HistoryUnavailable | null {
  return state.kind === 'unavailable' ? state.reason : null;
}

function errorCode(state: HistoryState): string | null {
  return state.kind === 'error' ? state.code : null;
}

function snapshotOf(state: HistoryState): HistorySnapshot | null {
  return state.kind === 'ready' ? state.snapshot : null;
}
