// Restart storm: the relay restarts under many connected clients. Every client reconnects (the
// stock provider backs off exponentially) and resyncs within 30 s, and nothing written before or
// after the restart is lost. CI: 200 clients over 20 rooms; RELIABILITY_FULL=1: 1,000 over 100.
// All clients come from one IP here, so the per-IP upgrade limit is raised (a real storm comes
// from many addresses).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { makeRelayChild, type RelayChild } from './relay-child';

const FULL = process.env.RELIABILITY_FULL === '1';
const CLIENTS = FULL ? 1_000 : 200;
const ROOMS = FULL ? 100 : 20;
const RESYNC_LIMIT_MS = 30_000;

interface Client {
  readonly room: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
}

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe(`restart storm (${CLIENTS} clients, ${ROOMS} rooms)`, () => {
  let dataDir: string;
  let relay: RelayChild;
  const clients: Client[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-storm-'));
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_UPGRADE_BURST_PER_IP: '100000', RELAY_UPGRADES_PER_SECOND_PER_IP: '100000' });
    await relay.start();
  });
  afterAll(async () => {
    for (const client of clients) client.provider.destroy();
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('every client reconnects and resyncs, and nothing is lost', async () => {
    for (let i = 0; i < CLIENTS; i++) {
      const room = `p.stormRoom${String(i % ROOMS).padStart(5, '0')}`;
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, room, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      clients.push({ room, doc, provider });
    }
    await until(() => clients.every((client) => client.provider.synced), 'all clients synced', 60_000);
    clients.forEach((client, i) => client.doc.getMap('keys').set(`before-${i}`, i));
    await until(() => clients.every((client) => client.doc.getMap('keys').size === CLIENTS / ROOMS), 'writes before the restart spread', 60_000);

    await relay.stop();
    await until(() => clients.every((client) => !client.provider.wsconnected), 'every socket saw the restart', 10_000);
    clients.forEach((client, i) => client.doc.getMap('keys').set(`during-${i}`, i));
    const restartedAt = Date.now();
    await relay.start();
    await until(() => clients.every((client) => client.provider.wsconnected && client.provider.synced), 'every client reconnected and synced', RESYNC_LIMIT_MS);
    await until(() => clients.every((client) => client.doc.getMap('keys').size === (2 * CLIENTS) / ROOMS), 'edits made while the relay was down reached everyone', RESYNC_LIMIT_MS);
    const resyncMs = Date.now() - restartedAt;
    expect(resyncMs).toBeLessThan(RESYNC_LIMIT_MS);
    process.stdout.write(`restart storm: ${CLIENTS} clients resynced ${resyncMs} ms after the restart\n`);
  });
});
