import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite-store';
import { relayDatabaseFile } from '../../server/start-relay';
import { createHarness, freshRoom, isFullyAcked } from './relay-harness';
import type { Harness } from './relay-harness';
import { waitFor } from './wait-for';

describe('relay: durability, acknowledgements and restarts', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('acknowledges with a state vector covering the client’s edits, only to clients that asked', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const acked = harness.connect(relay, room, { ack: '1' });
    const plain = harness.connect(relay, room);
    acked.doc.getText('notes').insert(0, 'saved on server?');
    await waitFor(() => isFullyAcked(acked), 'ack covers the edit');

    plain.doc.getMap('tasks').set('p', 1);
    await waitFor(() => acked.doc.getMap('tasks').get('p') === 1, 'the plain client’s edit went through the relay');
    acked.doc.getText('notes').insert(0, 'again: ');
    await waitFor(() => isFullyAcked(acked), 'ack covers the second edit');
    expect(plain.acks).toEqual([]);
  });

  it('a restarted relay on the same data directory serves what was written', async () => {
    const room = freshRoom();
    const first = await harness.start();
    const writer = harness.connect(first, room);
    writer.doc.getMap('tasks').set('kept', 'across restarts');
    const watcher = harness.connect(first, room);
    await waitFor(() => watcher.doc.getMap('tasks').get('kept') !== undefined, 'the edit was relayed (so it was stored)');
    await first.close();

    const second = await harness.start();
    const fresh = harness.connect(second, room);
    await waitFor(() => fresh.doc.getMap('tasks').get('kept') === 'across restarts', 'a fresh client sees the data');
  });

  it('after the compaction thresholds were crossed the log is short and nothing is lost', async () => {
    const room = freshRoom();
    const first = await harness.start({ limits: { compactEntries: 5, compactBytes: 1_000_000 } });
    const writer = harness.connect(first, room, { ack: '1' });
    await waitFor(() => writer.provider.synced, 'writer synced');
    for (let i = 0; i < 40; i++) {
      writer.doc.getMap('tasks').set(`t${i}`, i);
      await waitFor(() => isFullyAcked(writer), `edit ${i} acknowledged`);
    }
    writer.destroy();
    await first.close();

    const store = createSqliteStore({ file: relayDatabaseFile(harness.dataDir) });
    const stored = await store.load(room);
    await store.close();
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(5);

    const second = await harness.start();
    const fresh = harness.connect(second, room);
    await waitFor(() => fresh.doc.getMap('tasks').size === 40, 'all 40 edits after restart');
  });

  it('graceful shutdown saves every room and closes sockets with 1012', async () => {
    const room = freshRoom();
    const relay = await harness.start();
    const client = harness.connect(relay, room);
    const closeCodes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event !== null) closeCodes.push(event.code);
    });
    const watcher = harness.connect(relay, room);
    client.doc.getMap('tasks').set('last', 'edit before shutdown');
    await waitFor(() => watcher.doc.getMap('tasks').has('last'), 'the edit reached the relay');
    await relay.close();
    await waitFor(() => closeCodes.length > 0, 'client saw the close');
    expect(closeCodes[0]).toBe(1012);
    client.destroy();

    const store = createSqliteStore({ file: relayDatabaseFile(harness.dataDir) });
    const stored = await store.load(room);
    await store.close();
    expect(stored.updates).toEqual([]);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, stored.snapshot ?? new Uint8Array());
    expect(restored.getMap('tasks').get('last')).toBe('edit before shutdown');
  });
});
