// The loaded half of a room: its Y.Doc filled from the store, and the y-protocols handling of
// each peer message under the rule "durable before visible" (DESIGN §5).
import * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { RelayLimits } from '../config';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createCommitQueue } from './commit-queue';
import type { CommitQueue } from './commit-queue';
import { CLOSE_CODE, ProtocolError } from './message-types';
import type { Peer } from './peer';
import type { ClientMessage } from './protocol-decode';
import { encodeAck, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol-encode';
import { createRoomAwareness } from './room-awareness';
import type { RoomAwareness } from './room-awareness';
import { createRoomCompactor } from './room-compactor';
import { notifyObserver, type RelayErrorKind, type RelayObserver } from './relay-observer';
import type { StorageHealth } from './storage-health';
import type { RoomCompactor } from './room-compactor';

export interface RoomDoc {
  readonly awareness: RoomAwareness;
  readonly commits: CommitQueue;
  readonly compactor: RoomCompactor;
  greet(peer: Peer): void;
  receive(peer: Peer, message: ClientMessage): void;
}

export interface RoomDocOptions {
  readonly name: RoomName;
  readonly doc: Y.Doc;
  readonly store: DocStore;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly limits: Pick<RelayLimits, 'compactEntries' | 'compactBytes'>;
  readonly publish: (frame: Uint8Array, origin: string | null) => void;
  readonly onFailure: (error: unknown) => void;
  readonly storage: StorageHealth;
  readonly observer: RelayObserver;
  readonly reportError: (kind: RelayErrorKind) => void;
}

const LOAD_ORIGIN = 'relay-load';
// what Y.encodeStateAsUpdate yields for "nothing new": no structs, empty delete set
const EMPTY_UPDATE_BYTES = 2;

export async function openRoomDoc(options: RoomDocOptions): Promise<RoomDoc> {
  const { name, doc, store, logger, observer } = options;
  const observe = (run: () => void): void => notifyObserver(run, (error) => logger.error('relay observer failed', { error }));
  const stored = await store.load(name);
  doc.transact(() => {
    for (const update of stored.snapshot === null ? stored.updates : [stored.snapshot, ...stored.updates]) {
      try {
        Y.applyUpdate(doc, update, LOAD_ORIGIN);
      } catch (error) {
        // one corrupt row must not make the whole room unusable
        logger.error('skipping stored update that does not apply', { error });
        options.reportError('stored-update-skipped');
      }
    }
  }, LOAD_ORIGIN);

  let captured: Uint8Array[] = [];
  // The whole document as one update, for clients that have nothing yet (a new device, or everyone
  // after a restart): encoded once per change instead of once per join.
  let fullState: Uint8Array | null = null;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    fullState = null;
    if (origin !== LOAD_ORIGIN) captured.push(update);
  });
  const stateFor = (stateVector: Uint8Array): Uint8Array => {
    const isEmpty = stateVector.byteLength === 1 && stateVector[0] === 0;
    if (!isEmpty) return Y.encodeStateAsUpdate(doc, stateVector);
    fullState ??= Y.encodeStateAsUpdate(doc);
    return fullState;
  };
  const awareness = createRoomAwareness(doc, options.publish);
  let compactor: RoomCompactor | null = null;
  // latency of the batch append that just resolved, read by onStored right after
  let appendMs = 0;
  const commits = createCommitQueue({
    append: (entries) => {
      const started = performance.now();
      return store.appendBatch(name, entries).then((seq) => {
        appendMs = performance.now() - started;
        return seq;
      });
    },
    initialSeq: stored.lastSeq,
    onStored: (entries, bytes) => {
      options.storage.reportSuccess();
      compactor?.noteStored(entries, bytes);
      if (observer.updatesStored) observe(() => observer.updatesStored?.(name, entries, bytes, appendMs));
    },
    onFailure: options.onFailure,
    onCallbackError: (error) => logger.error('post-commit callback failed', { error }),
  });
  compactor = createRoomCompactor({
    room: name,
    doc,
    store,
    logger,
    thresholds: { entries: options.limits.compactEntries, bytes: options.limits.compactBytes },
    lastDurableSeq: commits.lastDurableSeq,
    isIdle: commits.isIdle,
    onCompacted: (entries) => observer.roomCompacted && observe(() => observer.roomCompacted?.(name, entries)),
    onFailed: () => options.reportError('compaction-failed'),
    initial: { snapshotSeq: stored.snapshotSeq, entries: stored.updates.length, bytes: stored.updateBytes },
  });
  compactor.noteStored(0, 0);

  // Applies a peer's update; what actually changed the doc is logged, then fanned out.
  const applyFromPeer = (peer: Peer, update: Uint8Array): void => {
    if (peer.readOnly) {
      if (update.byteLength > EMPTY_UPDATE_BYTES) peer.send(encodePermissionDenied('read-only'));
      return;
    }
    if (!options.storage.acceptsWrites()) {
      // not applied, so never visible: the client keeps the edit and resends it when asked to reconnect
      if (update.byteLength > EMPTY_UPDATE_BYTES) {
        peer.send(encodePermissionDenied('storage-unavailable'));
        options.storage.refused(peer);
      }
      return;
    }
    captured = [];
    let failure: unknown = null;
    try {
      Y.applyUpdate(doc, update, peer);
    } catch (error) {
      failure = error;
    }
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      // A client sends in causal order and never lacks the base of its own update. Parts held back
      // for missing dependencies would be retried on every later update, so CPU and memory would grow
      // with each such frame: drop them (they were never applied nor logged) and close that socket.
      doc.store.pendingStructs = null;
      doc.store.pendingDs = null;
      failure ??= new Error('update with missing dependencies');
    }
    // even a failed apply may have changed the doc; log what did, so memory and store agree
    const meta = { connectionId: peer.id, userId: peer.userId, sessionId: peer.sessionId, ip: peer.ip, at: options.clock.now() };
    for (const delta of captured) {
      commits.enqueue({ update: delta, meta }, (outcome) => {
        if (outcome === 'durable') options.publish(encodeUpdate(delta), peer.id);
      });
    }
    if (captured.length > 0 && observer.roomChanged) {
      const userId = peer.userId;
      commits.whenDurable((outcome) => outcome === 'durable' && observe(() => observer.roomChanged?.(name, userId)));
    }
    captured = [];
    if (failure !== null) throw new ProtocolError(`update does not apply: ${String(failure)}`, CLOSE_CODE.invalidPayload);
    if (peer.wantsAck) {
      // the vector now is what this batch makes durable; later edits are not claimed
      const ack = encodeAck(Y.encodeStateVector(doc));
      commits.whenDurable((outcome) => outcome === 'durable' && peer.send(ack));
    }
  };

  return {
    awareness,
    commits,
    compactor,
    greet(peer) {
      // a viewer's state is never accepted, so it is not asked for it
      if (!peer.readOnly) peer.send(encodeSyncStep1(Y.encodeStateVector(doc)));
      for (const frame of awareness.encodeAll()) peer.send(frame);
    },
    receive(peer, message) {
      switch (message.kind) {
        case 'sync-step1': {
          let reply: Uint8Array;
          try {
            reply = encodeSyncStep2(stateFor(message.stateVector));
          } catch (error) {
            throw new ProtocolError(`bad state vector: ${String(error)}`, CLOSE_CODE.invalidPayload);
          }
          // the reply may hold edits still being written; it waits for them like a broadcast
          commits.whenDurable((outcome) => outcome === 'durable' && peer.send(reply));
          return;
        }
        case 'sync-step2':
        case 'update':
          return applyFromPeer(peer, message.update);
        case 'awareness':
          try {
            return awareness.apply(peer, message.update);
          } catch (error) {
            throw new ProtocolError(`bad awareness update: ${String(error)}`, CLOSE_CODE.invalidPayload);
          }
        case 'query-awareness': {
          for (const frame of awareness.encodeAll()) peer.send(frame);
          return;
        }
        case 'auth':
          return;
      }
    },
  };
}
