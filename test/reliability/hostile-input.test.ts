// Hostile input: many sockets send mutated and random frames at the real relay process while a
// well-behaved pair of clients keeps editing. The relay never crashes, keeps answering the good
// clients with bounded latency, keeps its memory bounded, and closes only offending sockets, each
// with a protocol close code. CI sends 20,000 frames; RELIABILITY_FULL=1 sends 100,000.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { makeRandom } from '../support/seeded-random';
import { hostileFrame, sampleUpdates } from './hostile-frames';
import { makeRelayChild, type RelayChild } from './relay-child';

const FRAMES = process.env.RELIABILITY_FULL === '1' ? 100_000 : 20_000;
const ATTACKERS = 20;
const ALLOWED_CLOSE_CODES = new Set([1003, 1007, 1008, 1009, 1013]);
const MAX_RSS_MIB = 500;

function goodClient(port: number, room: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

async function relayRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe(`hostile input (${FRAMES} frames from ${ATTACKERS} sockets at a time)`, () => {
  let dataDir: string;
  let relay: RelayChild;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-hostile-'));
    // a small frame limit so oversized frames are among the inputs; generous upgrade limits for the reconnects
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_MAX_FRAME_BYTES: String(256 * 1024), RELAY_UPGRADE_BURST_PER_IP: '100000', RELAY_UPGRADES_PER_SECOND_PER_IP: '100000' });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('survives, stays responsive and closes only the offenders', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const random = makeRandom(seed);
    const samples = sampleUpdates();
    const room = 'p.hostileTarget01';
    const writer = goodClient(relay.port, room);
    const reader = goodClient(relay.port, room);
    const latencies: number[] = [];
    const closeCodes = new Map<number, number>();
    let sent = 0;
    let peakRss = 0;

    const attack = async (): Promise<void> => {
      while (sent < FRAMES) {
        const socket = new WebSocket(`ws://127.0.0.1:${relay.port}/sync/${room}`);
        const closed = new Promise<void>((resolve) => socket.once('close', (code) => {
          closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
          resolve();
        }));
        socket.on('error', () => {});
        await new Promise<void>((resolve) => { socket.once('open', () => resolve()); socket.once('close', () => resolve()); });
        while (socket.readyState === WebSocket.OPEN && sent < FRAMES) {
          socket.send(hostileFrame(random, samples));
          sent += 1;
          // yield to the good clients in this process, so their latency measures the relay, not this loop
          if (sent % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        }
        if (socket.readyState === WebSocket.OPEN) socket.close(1000);
        await closed;
      }
    };

    const probe = async (): Promise<void> => {
      let i = 0;
      while (sent < FRAMES) {
        const started = performance.now();
        writer.doc.getMap('probe').set('n', ++i);
        const deadline = started + 10_000;
        while (reader.doc.getMap('probe').get('n') !== i) {
          if (performance.now() > deadline) throw new Error(`seed ${seed}: the relay stopped serving a good client (probe ${i})`);
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        latencies.push(performance.now() - started);
        if (relay.pid !== undefined) peakRss = Math.max(peakRss, await relayRssMiB(relay.pid));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    try {
      await Promise.all([...Array.from({ length: ATTACKERS }, attack), probe()]);
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? Infinity;
      const unexpected = [...closeCodes.keys()].filter((code) => !ALLOWED_CLOSE_CODES.has(code) && code !== 1000 && code !== 1005);
      expect(unexpected, `seed ${seed}: close codes ${JSON.stringify([...closeCodes])}`).toEqual([]);
      process.stdout.write(`latencies: ${latencies.map((l) => l.toFixed(0)).join(",")} codes ${JSON.stringify([...closeCodes])}\n`);
      expect(latencies.length).toBeGreaterThan(5);
      expect(p99, `seed ${seed}: p99 latency of a good client under attack`).toBeLessThan(2_000);
      // the good clients still converge and a fresh client gets their state
      const late = goodClient(relay.port, room);
      await new Promise<void>((resolve) => late.provider.once('sync', () => resolve()));
      expect(late.doc.getMap('probe').get('n')).toBe(writer.doc.getMap('probe').get('n'));
      late.provider.destroy();
      if (peakRss > 0) expect(peakRss).toBeLessThan(MAX_RSS_MIB);
      process.stdout.write(`hostile input: ${sent} frames, close codes ${JSON.stringify([...closeCodes])}, good-client p99 ${p99.toFixed(1)} ms, peak RSS ${peakRss.toFixed(0)} MiB\n`);
    } finally {
      writer.provider.destroy();
      reader.provider.destroy();
    }
  });
});
