// Slow consumer: a client that stops reading must not make the relay buffer without bound; the
// relay cuts its connection (no close frame: it would wait behind the unread bytes, so the client
// sees 1006) once more than RELAY_MAX_BUFFERED_BYTES wait for it, and keeps serving the others.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { makeRelayChild, type RelayChild } from './relay-child';

const ROOM = 'p.slowConsumer001';
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

async function rssMiB(pid: number): Promise<number> {
  return Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

describe('slow consumer', () => {
  let dataDir: string;
  let relay: RelayChild;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relay-slow-'));
    relay = await makeRelayChild(dataDir, { ACCESS_CONTROL: 'off', RELAY_MAX_BUFFERED_BYTES: String(MAX_BUFFERED_BYTES), RELAY_MESSAGES_PER_SECOND: '100000', RELAY_MESSAGE_BURST: '100000' });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('cuts off a client that stops reading, with bounded memory, and keeps serving others', async () => {
    const url = `ws://127.0.0.1:${relay.port}/sync/${ROOM}`;
    const sleeper = new WebSocket(url);
    await new Promise((resolve) => sleeper.once('open', resolve));
    // stop reading at the TCP level: the relay's sends pile up in its buffers for this socket
    const raw = (sleeper as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    raw.pause();
    const closed = new Promise<number>((resolve) => sleeper.once('close', (code) => resolve(code)));

    const writer = new WebSocket(url);
    await new Promise((resolve) => writer.once('open', resolve));
    const doc = new Y.Doc();
    const text = doc.getText('flood');
    const chunk = 'x'.repeat(32 * 1024);
    const before = relay.pid === undefined ? 0 : await rssMiB(relay.pid);
    let peak = before;
    for (let i = 0; i < 400; i++) {
      const updates: Uint8Array[] = [];
      doc.once('update', (update: Uint8Array) => updates.push(update));
      text.insert(text.length, chunk);
      const update = updates[0];
      if (update) writer.send(updateFrame(update));
      if (i % 20 === 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (relay.pid !== undefined) peak = Math.max(peak, await rssMiB(relay.pid));
      }
    }
    // the relay cut the stalled socket off while the flood was still going, near the limit rather than
    // after holding all 12.5 MB the room received
    const cutOff = relay.logs.find((line) => line.msg === 'cutting off slow consumer');
    expect(cutOff, 'the relay logged the cut-off').toBeDefined();
    expect(Number(cutOff?.bufferedBytes)).toBeLessThan(MAX_BUFFERED_BYTES + 2 * chunk.length + 1024);
    raw.resume();
    expect(await closed).toBe(1006);
    process.stdout.write(`slow consumer: cut off with ${String(cutOff?.bufferedBytes)} bytes queued; relay RSS grew ${(peak - before).toFixed(0)} MiB while 12.5 MB went through the room\n`);
    expect(writer.readyState).toBe(WebSocket.OPEN);
    writer.close();
  });
});
