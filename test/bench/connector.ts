// The one seam between scenarios and relays: a scenario asks for a synced document in a room and
// never knows which relay or client library serves it, so it runs unchanged against all three.
import type * as Y from 'yjs';
import { connectHocuspocus } from './connector-hocuspocus';
import { connectYWebsocket } from './connector-y-websocket';
import type { RelayKind } from './server-process';

/** Serializable description of a relay, sent from the parent to the client process. */
export interface ClientTarget {
  readonly kind: RelayKind;
  /** Base URL the stock client is given: `ws://host:port/sync` for ours, `ws://host:port` for peers. */
  readonly url: string;
  /** Session token (ours, access control on); peers check nothing. */
  readonly token: string | null;
}

export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves once the first sync with the relay completed. */
  readonly whenSynced: Promise<void>;
  isSynced(): boolean;
  destroy(): void;
}

export interface Connector {
  readonly kind: RelayKind;
  /** Connects a client with `doc` (a new empty one unless given) to `room`. */
  connect(room: string, doc?: Y.Doc): BenchClient;
}

export function makeConnector(target: ClientTarget): Connector {
  switch (target.kind) {
    case 'ours':
    case 'y-websocket':
      return { kind: target.kind, connect: (room, doc) => connectYWebsocket(target, room, doc) };
    case 'hocuspocus':
      return { kind: target.kind, connect: (room, doc) => connectHocuspocus(target, room, doc) };
  }
}
