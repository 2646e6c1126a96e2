// Opens one room: a Y.Doc stored on the device at every edit (IndexedDB) and synced with the relay
// of the page's own origin. Returns a handle with a sync-state signal and a destroy.
import { createSignal, type Accessor } from 'solid-js';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { migrateDocument, type MigrationOutcome, type RoomName } from '../../shared/schema';
import { makeAckTracker } from './ack-tracker';
import { computeSyncState, type SyncState } from './sync-state';

/** Backoff cap: quick enough to catch a flicker of signal on site, slow enough to spare the battery. */
const MAX_RECONNECT_BACKOFF_MS = 10_000;

export interface Room {
  readonly name: RoomName;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Resolves once the device copy is loaded and migrated: read and write after this. */
  readonly loaded: Promise<MigrationOutcome>;
  readonly isLoaded: Accessor<boolean>;
  readonly migration: Accessor<MigrationOutcome | null>;
  readonly syncState: Accessor<SyncState>;
  /** True while this device holds edits the relay has not acknowledged. */
  hasUnsavedEdits(): boolean;
  destroy(): void;
}

export interface RoomOptions {
  /** Origin of this client's own transactions (migrations count as this user's edits). */
  readonly origin: object;
  readonly syncUrl: string;
}

export function makeRoom(name: RoomName, options: RoomOptions): Room {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  // BroadcastChannel is off: an edit that arrives from another tab was never acknowledged to this
  // tab, which would keep the badge from ever reaching "saved on server". Tabs meet at the relay.
  const provider = new WebsocketProvider(options.syncUrl, name, doc, {
    params: { ack: '1' },
    maxBackoffTime: MAX_RECONNECT_BACKOFF_MS,
    disableBc: true,
    connect: navigator.onLine,
  });
  const acks = makeAckTracker(doc, provider, globalThis.localStorage ?? null);
  const [isLoaded, setLoaded] = createSignal(false);
  const [migration, setMigration] = createSignal<MigrationOutcome | null>(null);
  const [syncState, setSyncState] = createSignal<SyncState>('offline');

  const refresh = (): void => {
    setSyncState(computeSyncState({
      connected: provider.wsconnected,
      // Retries after failures count as offline, or the badge would flicker with every attempt.
      connecting: provider.wsconnecting && provider.wsUnsuccessfulReconnects === 0,
      storedLocally: isLoaded(),
      covered: acks.isCovered(),
    }));
  };
  const stopAcks = acks.onChange(refresh);
  provider.on('status', refresh);
  provider.on('sync', refresh);

  // The browser knows about lost signal before a socket times out; trust it both ways.
  const goOnline = (): void => provider.connect();
  const goOffline = (): void => provider.disconnect();
  window.addEventListener('online', goOnline);
  window.addEventListener('offline', goOffline);

  const loaded = persistence.whenSynced.then(() => {
    const outcome = migrateDocument(doc, options.origin);
    setLoaded(true);
    setMigration(outcome);
    refresh();
    return outcome;
  });

  return {
    name, doc, provider, loaded, isLoaded, migration, syncState,
    hasUnsavedEdits: () => !acks.isCovered(),
    destroy() {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      stopAcks();
      acks.destroy();
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}

/** The relay's websocket endpoint on the page's own origin. */
export function syncUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
