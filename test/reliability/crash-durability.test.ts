// Crash durability: a writer keeps sending updates while the relay is killed with SIGKILL at random
// moments and restarted on the same files. Every update the relay acknowledged as durable (type-100
// ack covering it) must be there afterwards, read by a fresh client before the writer reconnects.
// CI runs a few kills; RELIABILITY_FULL=1 runs the 50 of the issue.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { makeRandom } from '../support/seeded-random';
import { makeRelayChild, type RelayChild } from './relay-child';

const KILLS = process.env.RELIABILITY_FULL === '1' ? 50 : 6;
const ROOM = 'p.crashDurability01';
const ACK = 100;

interface Writer {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Highest clock of the writer's own client that an ack covered. */
  ackedClock(): number;
}

function connect(port: number, withAcks: boolean): Writer {
  const doc = new Y.Doc();
  let acked = 0;
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, ROOM, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: withAcks ? { ack: '1' } : {},
    disableBc: true,
    maxBackoffTime: 200,
  });
  provider.messageHandlers[ACK] = (_encoder, decoder) => {
    const vector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    acked = Math.max(acked, vector.get(doc.clientID) ?? 0);
  };
  return { doc, provider, ackedClock: () => acked };
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe(`crash durability (${KILLS} SIGKILLs)`, () => {
  let dataDir: string;
  let relay: RelayChild;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-crash-'));
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_COMPACT_ENTRIES: '40' });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged update, and the writer converges', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const random = makeRandom(seed);
    const writer = connect(relay.port, true);
    const keys = writer.doc.getMap<number>('log');
    // the clock after each update, so an acked clock tells exactly which keys were durable
    const clockAfter: number[] = [];
    let next = 0;
    let checkedDurable = 0;
    const write = (): void => {
      keys.set(`k${next}`, next);
      clockAfter[next] = Y.getState(writer.doc.store, writer.doc.clientID);
      next += 1;
    };
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        await until(() => writer.provider.wsconnected, 'writer connected');
        const burst = 5 + random.int(40);
        for (let i = 0; i < burst; i++) {
          write();
          if (random.chance(0.3)) await new Promise((resolve) => setTimeout(resolve, random.int(8)));
        }
        await new Promise((resolve) => setTimeout(resolve, random.int(15)));
        await relay.kill();
        writer.provider.disconnect();
        const ackedClock = writer.ackedClock();
        const durable = clockAfter.filter((clock) => clock <= ackedClock).length;
        await relay.start();
        const reader = connect(relay.port, false);
        await until(() => reader.provider.synced, 'reader synced after restart');
        const missing = Array.from({ length: durable }, (_, i) => `k${i}`).filter((key) => !reader.doc.getMap('log').has(key));
        reader.provider.destroy();
        expect(missing, `seed ${seed}, kill ${kill}: acknowledged keys lost`).toEqual([]);
        checkedDurable = durable;
        writer.provider.connect();
      }
      // the run proved something only if the relay acknowledged writes before being killed
      expect(checkedDurable).toBeGreaterThan(0);
      await until(() => writer.provider.synced, 'writer resynced');
      const final = connect(relay.port, false);
      await until(() => final.provider.synced && final.doc.getMap('log').size === next, 'a fresh client has every update', 20_000);
      final.provider.destroy();
    } finally {
      writer.provider.destroy();
    }
  });
});
