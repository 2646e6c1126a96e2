// Real relays and stock y-websocket clients for integration tests: port 0, a temporary SQLite
// file, no mocks. Every started thing is registered so `cleanup()` stops it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { projectRoom } from '../../shared/schema/room-name';
import type { RoomName } from '../../shared/schema/room-name';
import { MESSAGE } from '../../server/relay/message-types';
import { startRelay } from '../../server/start-relay';
import type { RunningRelay, StartRelayOptions } from '../../server/start-relay';

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** State vectors from type-100 acknowledgements, newest last. */
  readonly acks: Uint8Array[];
  /** Reasons of y-protocols auth "permission denied" messages. */
  readonly denials: string[];
  destroy(): void;
}

export interface Harness {
  readonly dataDir: string;
  start(options?: Omit<StartRelayOptions, 'dataDir'>): Promise<RunningRelay>;
  connect(relay: RunningRelay, room: RoomName, params?: Record<string, string>): TestClient;
  cleanup(): Promise<void>;
}

let roomCounter = 0;
/** A fresh valid room name per call (names only need to be unique within one test file). */
export function freshRoom(): RoomName {
  roomCounter += 1;
  return projectRoom(`room-${String(roomCounter).padStart(6, '0')}`);
}

export async function createHarness(): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-test-'));
  const relays = new Set<RunningRelay>();
  const clients = new Set<TestClient>();
  return {
    dataDir,
    async start(options = {}) {
      const relay = await startRelay({ ...options, dataDir });
      relays.add(relay);
      return relay;
    },
    connect(relay, room, params = {}) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(relay.syncUrl, room, doc, {
        // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params,
        // same-process clients would otherwise sync over BroadcastChannel, bypassing the relay
        disableBc: true,
      });
      const acks: Uint8Array[] = [];
      const denials: string[] = [];
      // installed on every client, so a type-100 frame sent to a client that did not ask is seen
      provider.messageHandlers[MESSAGE.ack] = (_encoder, decoder) => void acks.push(decoding.readVarUint8Array(decoder));
      provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
        decoding.readVarUint(decoder);
        denials.push(decoding.readVarString(decoder));
      };
      const client: TestClient = {
        doc,
        provider,
        acks,
        denials,
        destroy() {
          clients.delete(client);
          provider.destroy();
          doc.destroy();
        },
      };
      clients.add(client);
      return client;
    },
    async cleanup() {
      for (const client of [...clients]) client.destroy();
      await Promise.all([...relays].map((relay) => relay.close()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** True when the newest acknowledgement covers every edit in the client's document. */
export function isFullyAcked(client: TestClient): boolean {
  const ack = client.acks.at(-1);
  if (ack === undefined) return false;
  const acked = Y.decodeStateVector(ack);
  for (const [clientId, clock] of Y.decodeStateVector(Y.encodeStateVector(client.doc))) {
    if ((acked.get(clientId) ?? 0) < clock) return false;
  }
  return true;
}
