// The history of one project room as reactive state for a screen: unavailable (signed out, offline,
// no access), loading, failed, or ready with a snapshot. Loads when asked (a section opened, a page
// shown) and again when the connection comes back.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Room } from '../../sync/open-room';
import { historyUnavailable, isOfflineError, type HistoryUnavailable } from './history-availability';
import type { HistoryLoader, HistorySnapshot } from './history-loader';

export type HistoryState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'unavailable'; readonly reason: HistoryUnavailable }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'ready'; readonly snapshot: HistorySnapshot };

export interface History {
  readonly state: Accessor<HistoryState>;
  /** True while a load runs over an already shown snapshot. */
  readonly refreshing: Accessor<boolean>;
  load(): void;
}

/** How long to wait for the first sync before reading the history anyway (the loader stops at anything unsynced). */
const SYNC_WAIT_MS = 5_000;

export function createHistory(options: { room: Room; loader: HistoryLoader; signedIn: Accessor<boolean> }): History {
  const [state, setState] = createSignal<HistoryState>({ kind: 'idle' });
  const [refreshing, setRefreshing] = createSignal(false);
  let disposed = false;

  const load = async (): Promise<void> => {
    const reason = historyUnavailable({ signedIn: options.signedIn(), online: navigator.onLine, link: options.room.link() });
    if (reason !== null) return void setState({ kind: 'unavailable', reason });
    const shown = state().kind === 'ready';
    if (shown) setRefreshing(true);
    else setState({ kind: 'loading' });
    await options.room.loaded;
    await whenSynced(options.room, SYNC_WAIT_MS);
    const result = await options.loader.load();
    if (disposed) return;
    setRefreshing(false);
    if (result.ok) setState({ kind: 'ready', snapshot: result.value });
    else if (isOfflineError(result.error)) setState({ kind: 'unavailable', reason: 'offline' });
    else setState({ kind: 'error', code: result.error });
  };

  const onOnline = (): void => {
    const current = state();
    if (current.kind === 'unavailable' && current.reason === 'offline') void load();
  };
  window.addEventListener('online', onOnline);
  onCleanup(() => {
    disposed = true;
    window.removeEventListener('online', onOnline);
  });
  return { state, refreshing, load: () => void load() };
}

function whenSynced(room: Room, timeoutMs: number): Promise<void> {
  if (room.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      room.provider.off('sync', onSync);
      resolve();
    };
    const onSync = (isSynced: boolean): void => {
      if (isSynced) done();
    };
    const timer = setTimeout(done, timeoutMs);
    room.provider.on('sync', onSync);
  });
}
