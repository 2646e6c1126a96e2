// Tracks what the relay is known to hold durably for one room, so "saved on server" is a fact: its
// acknowledgement (message 100, sent with ?ack=1 once our update, or our sync step 2 after a
// reconnect, is durable in SQLite) and the updates it sent us (it sends only what is durable). Its
// sync step 1 vector is not used: that may include edits still being written.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { isCoveredBy, mergeStateVectors, parseStateVector, serializeStateVector, type StateVector } from './sync-state';

/** The relay's custom message type carrying the room's durable state vector. */
export const MESSAGE_ACK = 100;
const STORAGE_PREFIX = 'sitebeam.acked.';

export interface AckTracker {
  isCovered(): boolean;
  /** Called after every change that may flip isCovered(): a local edit or new knowledge of the server. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * `listenFrom`: the doc's updates are followed once it resolves (the room passes its device-copy load,
 * which no listener should make Yjs re-encode); isCovered() is right before that too.
 */
export function makeAckTracker(doc: Y.Doc, provider: WebsocketProvider, storage: KeyValueStore | null, listenFrom: Promise<unknown> | null = null): AckTracker {
  const key = STORAGE_PREFIX + provider.roomname;
  let acked: StateVector = parseStateVector(safeRead(storage, key));
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());

  const learn = (vector: StateVector): void => {
    acked = mergeStateVectors(acked, vector);
    safeWrite(storage, key, serializeStateVector(acked));
    notify();
  };

  provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
    learn(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
  };

  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider) learn(heldAfter(acked, update));
    else notify();
  };
  let destroyed = false;
  if (listenFrom === null) doc.on('update', onUpdate);
  else void listenFrom.then(() => destroyed || doc.on('update', onUpdate));

  return {
    isCovered: () => isCoveredBy(Y.decodeStateVector(Y.encodeStateVector(doc)), acked),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      doc.off('update', onUpdate);
      listeners.clear();
    },
  };
}

/**
 * What the relay holds once it sent us `update`. Y.encodeStateVectorFromUpdate counts only runs that
 * start at clock 0, so a live broadcast (a teammate's or another tab's next edit) would teach nothing
 * and leave the badge on "syncing"; a run that continues what the relay is known to hold extends it.
 */
function heldAfter(acked: StateVector, update: Uint8Array): StateVector {
  const { from, to } = Y.parseUpdateMeta(update);
  const held = new Map<number, number>();
  for (const [client, end] of to) {
    if ((from.get(client) ?? 0) <= (acked.get(client) ?? 0)) held.set(client, end);
  }
  return held;
}

// Storage can throw (private mode, quota); the only cost is an over-cautious badge after a reload.
function safeRead(storage: KeyValueStore | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeWrite(storage: KeyValueStore | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // See safeRead.
  }
}
