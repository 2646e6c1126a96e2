// Load: many clients over many rooms edit at once for a while. No errors, no lost update (every
// client of a room ends with the same state, holding every edit made in it), and the p99 delivery
// latency is reported. CI: 200 clients, 20 rooms, 15 s; RELIABILITY_FULL=1: 1,000 clients, 100 rooms, 60 s.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { makeRandom } from '../support/seeded-random';
import { makeRelayChild, type RelayChild } from './relay-child';

const FULL = process.env.RELIABILITY_FULL === '1';
const CLIENTS = FULL ? 1_000 : 200;
const ROOMS = FULL ? 100 : 20;
const DURATION_MS = FULL ? 60_000 : 15_000;
/** Each client edits about once a second, like a busy team, not a benchmark's tight loop. */
const MEAN_EDIT_INTERVAL_MS = 1_000;

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe(`load (${CLIENTS} clients, ${ROOMS} rooms, ${DURATION_MS / 1000} s)`, () => {
  let dataDir: string;
  let relay: RelayChild;
  const providers: WebsocketProvider[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-load-'));
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_UPGRADE_BURST_PER_IP: '100000', RELAY_UPGRADES_PER_SECOND_PER_IP: '100000' });
    await relay.start();
  });
  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('delivers every edit to every client of its room', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const random = makeRandom(seed);
    const latencies: number[] = [];
    const errors: string[] = [];
    const clients = Array.from({ length: CLIENTS }, (_, i) => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, `p.loadRoom${String(i % ROOMS).padStart(6, '0')}`, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      provider.on('connection-error', () => errors.push(`client ${i}: connection error`));
      providers.push(provider);
      const edits = doc.getMap<number>('edits');
      edits.observe((event) => {
        if (event.transaction.local) return;
        const now = performance.timeOrigin + performance.now();
        event.keysChanged.forEach((key) => {
          const sentAt = edits.get(key);
          if (typeof sentAt === 'number') latencies.push(now - sentAt);
        });
      });
      return { doc, provider, edits, room: i % ROOMS };
    });
    await until(() => clients.every((client) => client.provider.synced), 'all clients synced', 60_000);

    const stopAt = Date.now() + DURATION_MS;
    const written = Array.from({ length: ROOMS }, () => 0);
    await Promise.all(clients.map(async (client, i) => {
      let n = 0;
      while (Date.now() < stopAt) {
        await new Promise((resolve) => setTimeout(resolve, random.int(2 * MEAN_EDIT_INTERVAL_MS)));
        client.edits.set(`c${i}-${n++}`, performance.timeOrigin + performance.now());
        written[client.room] = (written[client.room] ?? 0) + 1;
      }
    }));
    await until(() => clients.every((client) => client.edits.size === written[client.room]), 'every edit reached every client of its room', 60_000);
    for (const client of clients) {
      const peer = clients[(clients.indexOf(client) + ROOMS) % CLIENTS];
      if (peer && peer.room === client.room) expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(client.doc));
    }
    expect(errors).toEqual([]);
    latencies.sort((a, b) => a - b);
    const at = (q: number): string => (latencies[Math.floor(latencies.length * q)] ?? NaN).toFixed(1);
    const total = written.reduce((sum, count) => sum + count, 0);
    process.stdout.write(`load: ${total} edits, ${latencies.length} deliveries, latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (seed ${seed})\n`);
    expect(latencies.length).toBe(total * (CLIENTS / ROOMS - 1));
  });
});
