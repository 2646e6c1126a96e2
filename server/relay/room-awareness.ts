// Presence for one room: remembers which awareness client ids each peer announced, so a peer
// that leaves (or dies) disappears for everyone at once instead of after the 30 s timeout.
// Changes are fanned out in batches: every y-websocket client renews its presence every 15 s, and
// clients that connected together (everyone after a relay restart, the latency bench's 100
// observers) renew in the same few ms. Sent one by one, N renewals are N × (N − 1) frames: at 100
// peers 10,000 socket writes that held the relay's thread 70–150 ms (docs/benchmarks.md,
// "Relay-thread stalls at 100 observers"). A batch is one frame per peer, or a few: a stock
// y-websocket client sends every awareness change it applies back to the relay, and the relay closes a
// peer whose update names more than MAX_AWARENESS_CLIENTS_PER_UPDATE clients, so no frame it sends may
// name more either (before, a joiner greeted with the presence of more than 32 people was cut off).
import type * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { checkAwarenessUpdate, MAX_AWARENESS_CLIENTS_PER_UPDATE, stampAwarenessIdentity } from './awareness-identity';
import { dropKnownEntries } from './awareness-echo';
import type { KnownPresence } from './awareness-echo';
import { encodeAwareness } from './protocol-encode';
import type { Peer } from './peer';

/** How long presence changes gather before one frame carries them all: far below what a person notices. */
export const AWARENESS_BATCH_MS = 30;

export interface RoomAwareness {
  /** Applies a peer's awareness update; throws on undecodable bytes. */
  apply(peer: Peer, update: Uint8Array): void;
  /** Frames with every known state, none when nobody is present. */
  encodeAll(): Uint8Array[];
  removePeer(peer: Peer): void;
  destroy(): void;
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/**
 * `publish(frame, originPeerId)` sends to everyone in the room except the origin. A batch with
 * changes from more than one origin goes to everyone: a client ignores its own state coming back
 * (same clock), so that costs bytes, not correctness.
 */
export function createRoomAwareness(doc: Y.Doc, publish: (frame: Uint8Array, origin: string | null) => void, batchMs = AWARENESS_BATCH_MS): RoomAwareness {
  const awareness = new Awareness(doc);
  // the relay itself is not a participant
  awareness.setLocalState(null);
  const clientsByPeer = new Map<string, Set<number>>();
  const pendingClients = new Set<number>();
  const pendingOrigins = new Set<string | null>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const known: KnownPresence = {
    clockOf: (clientId) => awareness.meta.get(clientId)?.clock,
    isPresent: (clientId) => awareness.states.has(clientId),
  };

  const flush = (): void => {
    timer = null;
    const [origin] = pendingOrigins;
    const only = pendingOrigins.size === 1 && origin !== undefined ? origin : null;
    // encoded now, so each client goes out once with its latest state (or its removal)
    const frames = encodeFrames(awareness, [...pendingClients]);
    pendingClients.clear();
    pendingOrigins.clear();
    for (const frame of frames) publish(frame, only);
  };

  awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    // origins are peer ids registered in apply(); Awareness itself uses 'timeout'
    const owned = typeof origin === 'string' ? clientsByPeer.get(origin) : undefined;
    if (owned !== undefined) {
      for (const id of [...added, ...updated]) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    // the relay's own (always empty) state is nobody's presence, nor worth a timer at destroy()
    const changed = [...added, ...updated, ...removed].filter((id) => id !== awareness.clientID);
    if (changed.length === 0) return;
    for (const id of changed) pendingClients.add(id);
    pendingOrigins.add(owned === undefined ? null : String(origin));
    timer ??= setTimeout(flush, batchMs);
  });

  return {
    apply(peer, received) {
      if (!clientsByPeer.has(peer.id)) clientsByPeer.set(peer.id, new Set());
      const { update, gone } = dropKnownEntries(received, known);
      // the removal the relay holds (meta keeps its clock): the client announces itself past it
      if (gone.length > 0) for (const frame of encodeFrames(awareness, gone)) peer.send(frame);
      if (update === null) return;
      checkAwarenessUpdate(update);
      // A signed-in peer's presence always shows who the relay knows it is, whatever it claims.
      const stamped = peer.userId !== undefined && peer.userName !== undefined ? stampAwarenessIdentity(update, { id: peer.userId, name: peer.userName }) : update;
      applyAwarenessUpdate(awareness, stamped, peer.id);
    },
    encodeAll: () => encodeFrames(awareness, [...awareness.getStates().keys()]),
    removePeer(peer) {
      const owned = clientsByPeer.get(peer.id);
      clientsByPeer.delete(peer.id);
      if (owned !== undefined && owned.size > 0) removeAwarenessStates(awareness, [...owned], null);
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      awareness.destroy();
    },
  };
}

/** Awareness frames for `clients`, at most MAX_AWARENESS_CLIENTS_PER_UPDATE in each. */
function encodeFrames(awareness: Awareness, clients: readonly number[]): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let start = 0; start < clients.length; start += MAX_AWARENESS_CLIENTS_PER_UPDATE) {
    frames.push(encodeAwareness(encodeAwarenessUpdate(awareness, clients.slice(start, start + MAX_AWARENESS_CLIENTS_PER_UPDATE))));
  }
  return frames;
}
