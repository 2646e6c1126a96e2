// Presence for one room: remembers which awareness client ids each peer announced, so a peer
// that leaves (or dies) disappears for everyone at once instead of after the 30 s timeout.
import type * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { checkAwarenessUpdate, stampAwarenessIdentity } from './awareness-identity';
import { encodeAwareness } from './protocol-encode';
import type { Peer } from './peer';

export interface RoomAwareness {
  /** Applies a peer's awareness update; throws on undecodable bytes. */
  apply(peer: Peer, update: Uint8Array): void;
  /** A frame with every known state, or null when nobody is present. */
  encodeAll(): Uint8Array | null;
  removePeer(peer: Peer): void;
  destroy(): void;
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/** `publish(frame, originPeerId)` sends to everyone in the room except the origin. */
export function createRoomAwareness(doc: Y.Doc, publish: (frame: Uint8Array, origin: string | null) => void): RoomAwareness {
  const awareness = new Awareness(doc);
  // the relay itself is not a participant
  awareness.setLocalState(null);
  const clientsByPeer = new Map<string, Set<number>>();

  awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    // origins are peer ids registered in apply(); Awareness itself uses 'timeout'
    const owned = typeof origin === 'string' ? clientsByPeer.get(origin) : undefined;
    const peerId = owned === undefined ? null : String(origin);
    if (owned !== undefined) {
      for (const id of [...added, ...updated]) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    publish(encodeAwareness(encodeAwarenessUpdate(awareness, changed)), peerId);
  });

  return {
    apply(peer, update) {
      if (!clientsByPeer.has(peer.id)) clientsByPeer.set(peer.id, new Set());
      checkAwarenessUpdate(update);
      // A signed-in peer's presence always shows who the relay knows it is, whatever it claims.
      const stamped = peer.userId !== undefined && peer.userName !== undefined ? stampAwarenessIdentity(update, { id: peer.userId, name: peer.userName }) : update;
      applyAwarenessUpdate(awareness, stamped, peer.id);
    },
    encodeAll() {
      const clients = [...awareness.getStates().keys()];
      return clients.length === 0 ? null : encodeAwareness(encodeAwarenessUpdate(awareness, clients));
    },
    removePeer(peer) {
      const owned = clientsByPeer.get(peer.id);
      clientsByPeer.delete(peer.id);
      if (owned !== undefined && owned.size > 0) removeAwarenessStates(awareness, [...owned], null);
    },
    destroy() {
      awareness.destroy();
    },
  };
}
