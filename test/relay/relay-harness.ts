// Real relays and stock y-websocket clients for integration tests: port 0, a temporary SQLite
// file, no mocks. Every started thing is registered so `cleanup()` stops it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { projectRoom } from '../../shared/schema/room-name';
import type { RoomName } from '../../shared/schema/room-name';
import { startRelay } from '../../server/start-relay';
import type { RunningRelay, StartRelayOptions } from '../../server/start-relay';

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly received: number[];
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
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params,
        // same-process clients would otherwise sync over BroadcastChannel, bypassing the relay
        disableBc: true,
      });
      const received: number[] = [];
      provider.on('status', () => {
        provider.ws?.addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
          received.push(new Uint8Array(event.data)[0] ?? -1);
        });
      });
      const client: TestClient = {
        doc,
        provider,
        received,
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
