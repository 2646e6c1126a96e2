// One room = one Y.Doc kept in memory while anyone is connected. The room loads once, applies
// peers' updates, makes them durable through the commit queue and only then fans them out.
import * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { RelayLimits } from '../config';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import type { Fanout } from './fanout';
import type { RelayErrorKind, RelayObserver } from './relay-observer';
import type { StorageHealth } from './storage-health';
import { CLOSE_CODE } from './message-types';
import type { Peer } from './peer';
import type { ClientMessage } from './protocol-decode';
import { openRoomDoc } from './room-doc';
import type { RoomDoc } from './room-doc';

export interface Room {
  readonly name: RoomName;
  /** Resolves once the stored state is in memory; rejects if the store could not load it. */
  readonly ready: Promise<void>;
  add(peer: Peer): void;
  /** Sends a freshly loaded peer the room's state vector and presence; call after `ready`. */
  greet(peer: Peer): void;
  /** Handles one decoded message; throws ProtocolError on bad bytes. Call after `ready`. */
  receive(peer: Peer, message: ClientMessage): void;
  remove(peer: Peer): void;
  peerCount(): number;
  /** The room's document once loaded, else null: for readers outside the relay (server/first-screen), never written. */
  loadedDoc(): Y.Doc | null;
  /** True when nothing waits to be written. */
  isQuiescent(): boolean;
  /** Writes everything pending and compacts the log into the snapshot. */
  persist(): Promise<void>;
  destroy(): void;
}

export interface RoomDeps {
  readonly name: RoomName;
  readonly store: DocStore;
  readonly fanout: Fanout;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly limits: Pick<RelayLimits, 'compactEntries' | 'compactBytes'>;
  /** The store failed: the registry must forget this room (its peers are already closed). */
  readonly onFailed: (room: Room) => void;
  readonly storage: StorageHealth;
  readonly observer: RelayObserver;
  readonly reportError: (kind: RelayErrorKind) => void;
}

export function createRoom(deps: RoomDeps): Room {
  const { name, fanout } = deps;
  const logger = deps.logger.child({ room: name });
  const peers = new Map<string, Peer>();
  // the room name as guid: a Y.Doc otherwise draws a random id, a measurable cost per room load
  const doc = new Y.Doc({ guid: name });
  let roomDoc: RoomDoc | null = null;

  const unsubscribe = fanout.subscribe(name, (frame, origin) => {
    for (const peer of peers.values()) if (peer.id !== origin) peer.send(frame);
  });
  const loaded = (): RoomDoc => {
    if (roomDoc === null) throw new Error(`room ${name} used before it loaded`);
    return roomDoc;
  };

  const room: Room = {
    name,
    ready: openRoomDoc({
      ...deps,
      doc,
      logger,
      publish: (frame, origin) => fanout.publish(name, frame, origin),
      onFailure: (error) => {
        deps.storage.reportFailure(error);
        logger.error('store failed, closing room', { error });
        deps.reportError('storage-failed');
        for (const peer of peers.values()) peer.close(CLOSE_CODE.internalError, 'store failure');
        deps.onFailed(room);
      },
    }).then((opened) => {
      roomDoc = opened;
    }),
    add: (peer) => void peers.set(peer.id, peer),
    greet: (peer) => loaded().greet(peer),
    receive: (peer, message) => loaded().receive(peer, message),
    remove(peer) {
      peers.delete(peer.id);
      roomDoc?.awareness.removePeer(peer);
    },
    peerCount: () => peers.size,
    loadedDoc: () => (roomDoc === null ? null : doc),
    isQuiescent: () => roomDoc === null || roomDoc.commits.isIdle(),
    async persist() {
      await room.ready;
      await loaded().commits.flush();
      await loaded().compactor.compact();
    },
    destroy() {
      unsubscribe();
      roomDoc?.awareness.destroy();
      doc.destroy();
    },
  };
  // a failed load is reported to each waiting peer; this only keeps Node from calling it unhandled
  room.ready.catch(() => {});
  return room;
}
