// Disk trouble: the relay's data directory fills up. The relay refuses new edits with a clear
// message (auth "storage-unavailable") instead of crashing or pretending, keeps serving reads,
// loses nothing it acknowledged, and takes the refused edits once there is space again.
// Needs root, to mount a small tmpfs as the data directory (CI runs as root).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { makeRelayChild, type RelayChild } from './relay-child';

const ROOM = 'p.diskTrouble0001';
const CHUNK = 'x'.repeat(64 * 1024);

interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly denials: string[];
  ackedClock(): number;
}

function connect(port: number): Client {
  const doc = new Y.Doc();
  const denials: string[] = [];
  let acked = 0;
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, ROOM, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ack: '1' },
    disableBc: true,
    maxBackoffTime: 300,
  });
  provider.messageHandlers[100] = (_encoder, decoder) => {
    acked = Math.max(acked, Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(doc.clientID) ?? 0);
  };
  provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder);
    denials.push(decoding.readVarString(decoder));
  };
  return { doc, provider, denials, ackedClock: () => acked };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('disk trouble', () => {
  let dataDir: string;
  let relay: RelayChild;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dataDir]);
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_STORAGE_RETRY_MS: '500', RELAY_COMPACT_ENTRIES: '1000000', RELAY_COMPACT_BYTES: '1000000000' });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    execFileSync('umount', [dataDir]);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses edits clearly when the disk is full, keeps reads and acknowledged data, and recovers', async () => {
    const writer = connect(relay.port);
    const reader = connect(relay.port);
    const text = writer.doc.getText('notes');
    try {
      await until(() => writer.provider.synced && reader.provider.synced, 'both synced');
      // fill the 3 MB disk with 64 KB edits until the relay says it can't store more
      for (let i = 0; i < 200 && writer.denials.length === 0; i++) {
        text.insert(text.length, CHUNK);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      await until(() => writer.denials.includes('storage-unavailable'), 'the writer is told storage is unavailable');
      const ackedClock = writer.ackedClock();
      expect(ackedClock).toBeGreaterThan(0);

      // reads go on: a reader syncs everything that was acknowledged
      await until(() => reader.provider.synced && (Y.getState(reader.doc.store, writer.doc.clientID) >= ackedClock), 'reader has the acknowledged edits');

      // nothing acknowledged is lost, even across a crash while the disk is full
      await relay.kill();
      await relay.start();
      const survivor = connect(relay.port);
      await until(() => survivor.provider.synced, 'survivor synced');
      expect(Y.getState(survivor.doc.store, writer.doc.clientID)).toBeGreaterThanOrEqual(ackedClock);
      survivor.provider.destroy();

      // space again: the refused edits arrive once the writer is asked to reconnect and resend
      execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);
      await until(() => writer.ackedClock() === Y.getState(writer.doc.store, writer.doc.clientID), 'every edit acknowledged after recovery', 30_000);
      await until(() => reader.doc.getText('notes').length === text.length, 'reader converged', 30_000);
    } finally {
      writer.provider.destroy();
      reader.provider.destroy();
    }
  });
});
