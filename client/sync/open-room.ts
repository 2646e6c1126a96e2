// Opens one room: a Y.Doc stored on the device at every edit (IndexedDB) and synced with the relay
// of the page's own origin while a session token is held. Returns a handle with a sync-state signal
// and a destroy; what the relay says about access (close codes, refusals) goes to `onEvent`.
import * as decoding from 'lib0/decoding';
import { createSignal, type Accessor } from 'solid-js';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { migrateDocument, migrationsFor, watchNewerVersion, type MigrationOutcome, type RoomName } from '../../shared/schema';
import { decideOnClose, shouldCheckSession } from '../access/connection-decisions';
import { makeAckTracker } from './ack-tracker';
import type { DeviceCopyProblem } from './device-copy-problem';
import { makeDeviceCopyWatch } from './device-copy-watch';
import { computeSyncState, type RoomLink, type SyncState } from './sync-state';

/**
 * y-protocols' auth message: permission denied with a reason, 'read-only' for a viewer's update or
 * 'storage-unavailable' while the relay's disk refuses writes (the edit stays here and is resent).
 */
const MESSAGE_AUTH = 2;

/**
 * What the relay told this room about access: the session ended (4401), the room was taken away
 * (4403), access changed (4000), an edit was refused (viewer), or connecting keeps failing while
 * online (a refused upgrade looks just like a network error to the browser).
 */
export type RoomEvent = 'session-ended' | 'access-lost' | 'access-changed' | 'permission-denied' | 'server-storage-unavailable' | 'failing';

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
  readonly link: Accessor<RoomLink>;
  /** Why edits are not being saved on this device (they stay in memory and still sync), or null. */
  readonly deviceProblem: Accessor<DeviceCopyProblem | null>;
  /** A new session token (or none: stay on this device); reconnects unless access was lost. */
  setToken(token: string | null): void;
  /** Stops syncing this room for good (this session): the relay refused this person. */
  loseAccess(): void;
  /** True while this device holds edits the relay has not acknowledged. */
  hasUnsavedEdits(): boolean;
  destroy(): void;
}

export interface RoomOptions {
  /** Origin of this client's own transactions (migrations count as this user's edits). */
  readonly origin: object;
  readonly syncUrl: string;
  /** The session token at the moment the room opens; null keeps it on this device. */
  readonly token: () => string | null;
  readonly onEvent: (room: Room, event: RoomEvent) => void;
}

export function makeRoom(name: RoomName, options: RoomOptions): Room {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  // BroadcastChannel is off: an edit that arrives from another tab was never acknowledged to this
  // tab, which would keep the badge from ever reaching "saved on server". Tabs meet at the relay.
  const initialToken = options.token();
  const [link, setLink] = createSignal<RoomLink>(initialToken === null ? 'signed-out' : 'active');
  const provider = new WebsocketProvider(options.syncUrl, name, doc, {
    params: paramsFor(initialToken),
    maxBackoffTime: MAX_RECONNECT_BACKOFF_MS,
    disableBc: true,
    // Connects once the device copy is loaded (below); without a session not at all.
    connect: false,
  });
  // Until the device copy is loaded nothing but y-indexeddb's own loader touches the doc, and no one
  // listens to its updates: Yjs then skips encoding the whole loaded document once more just to emit
  // it (docs/benchmarks-browser.md). The first sync offers the relay everything this device holds.
  doc.off('update', provider._updateHandler);
  let started = false;
  let closed = false;
  const connectIfWanted = (): void => {
    if (started && link() === 'active' && navigator.onLine) provider.connect();
  };
  const deviceCopy = makeDeviceCopyWatch(persistence, doc);
  const acks = makeAckTracker(doc, provider, globalThis.localStorage ?? null, deviceCopy.ready);
  const [deviceProblem, setDeviceProblem] = createSignal<DeviceCopyProblem | null>(null);
  const [isLoaded, setLoaded] = createSignal(false);
  const [migration, setMigration] = createSignal<MigrationOutcome | null>(null);
  const [syncState, setSyncState] = createSignal<SyncState>('offline');

  const refresh = (): void => {
    setSyncState(computeSyncState({
      link: link(),
      connected: provider.wsconnected,
      // Retries after failures count as offline, or the badge would flicker with every attempt.
      connecting: provider.wsconnecting && provider.wsUnsuccessfulReconnects === 0,
      deviceCopy: deviceProblem() !== null ? 'failed' : isLoaded() ? 'stored' : 'loading',
      covered: acks.isCovered(),
    }));
  };
  const stopAcks = acks.onChange(refresh);
  const stopDeviceCopy = deviceCopy.onChange(() => {
    setDeviceProblem(deviceCopy.problem());
    refresh();
  });
  provider.on('status', refresh);
  provider.on('sync', refresh);

  // The browser knows about lost signal before a socket times out; trust it both ways.
  const goOnline = (): void => connectIfWanted();
  const goOffline = (): void => provider.disconnect();
  window.addEventListener('online', goOnline);
  window.addEventListener('offline', goOffline);

  let stopNewerWatch = (): void => undefined;
  // Without a device copy the room starts empty and fills from the relay, as on a new device.
  const loaded = deviceCopy.ready.then(() => {
    if (!closed) doc.on('update', provider._updateHandler);
    const migrations = migrationsFor(name);
    const outcome = migrateDocument(doc, options.origin, migrations);
    setLoaded(true);
    setMigration(outcome);
    // a newer app may stamp the document while it is open here: its pages then go read-only too
    if (outcome !== 'newer-than-app' && !closed) stopNewerWatch = watchNewerVersion(doc, migrations, () => setMigration('newer-than-app'));
    refresh();
    started = !closed;
    connectIfWanted();
    return outcome;
  });

  const stop = (next: RoomLink): void => {
    setLink(next);
    // Deferred: the provider is still inside its close handling when it reports the close.
    queueMicrotask(() => {
      provider.disconnect();
      refresh();
    });
  };

  let failures = 0;
  provider.on('status', ({ status }) => {
    if (status === 'connected') failures = 0;
  });
  provider.on('connection-close', (event) => {
    // null: we closed it ourselves (disconnect, or the silence watchdog).
    if (event === null || link() !== 'active') return;
    switch (decideOnClose(event.code)) {
      case 'sign-out': return options.onEvent(room, 'session-ended');
      case 'lose-access':
        stop('no-access');
        return options.onEvent(room, 'access-lost');
      case 'reconnect-and-recheck': return options.onEvent(room, 'access-changed');
      case 'reconnect': {
        // Before this close is processed the provider still says whether the socket had opened.
        if (provider.wsconnected) return;
        failures++;
        if (navigator.onLine && shouldCheckSession(failures)) options.onEvent(room, 'failing');
      }
    }
  });
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) !== 0) return;
    const reason = decoder.pos < decoder.arr.length ? decoding.readVarString(decoder) : '';
    options.onEvent(room, reason === 'storage-unavailable' ? 'server-storage-unavailable' : 'permission-denied');
  };

  const room: Room = {
    name, doc, provider, loaded, isLoaded, migration, syncState, link, deviceProblem,
    hasUnsavedEdits: () => !acks.isCovered(),
    setToken(token) {
      if (token === null) {
        if (link() !== 'signed-out') stop('signed-out');
        return;
      }
      const changed = provider.params.token !== token;
      // A socket already open stays: the relay checked it at upgrade; the next one uses the new token.
      provider.params = paramsFor(token);
      if (link() === 'no-access' && !changed) return;
      setLink('active');
      failures = 0;
      connectIfWanted();
      refresh();
    },
    loseAccess: () => stop('no-access'),
    destroy() {
      closed = true;
      started = false;
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      stopAcks();
      acks.destroy();
      stopDeviceCopy();
      stopNewerWatch();
      deviceCopy.destroy();
      provider.destroy();
      // Rejects when the database never opened; the watch has already reported that.
      persistence.destroy().catch(() => undefined);
      doc.destroy();
    },
  };
  return room;
}

function paramsFor(token: string | null): Record<string, string> {
  return token === null ? { ack: '1' } : { ack: '1', token };
}

/** The relay's websocket endpoint on the page's own origin. */
export function syncUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
