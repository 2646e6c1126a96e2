import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstrumentedStore } from './instrumented-store';
import { createHarness, freshRoom, isFullyAcked } from './relay-harness';
import type { Harness } from './relay-harness';
import { waitFor } from './wait-for';

const IDLE_MS = 200;

describe('relay: idle rooms are saved and dropped from memory', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('an empty room is unloaded after the idle time, with its data in the store, and can be re-joined', async () => {
    const store = createInstrumentedStore(harness.dataDir);
    const relay = await harness.start({ store, limits: { roomIdleUnloadMs: IDLE_MS } });
    const room = freshRoom();
    const writer = harness.connect(relay, room, { ack: '1' });
    writer.doc.getMap('tasks').set('a', 'before unload');
    await waitFor(() => isFullyAcked(writer), 'edit durable');
    writer.destroy();

    await waitFor(() => !relay.relay.isRoomLoaded(room), 'room unloaded');
    const stored = await store.load(room);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toEqual([]);

    const loadsBefore = store.loads(room);
    const again = harness.connect(relay, room);
    await waitFor(() => again.doc.getMap('tasks').get('a') === 'before unload', 're-joined client sees the data');
    expect(store.loads(room)).toBe(loadsBefore + 1);
  });

  it('a join and an edit during the unload save lose nothing, and the room stays loaded', async () => {
    const store = createInstrumentedStore(harness.dataDir);
    const relay = await harness.start({ store, limits: { roomIdleUnloadMs: IDLE_MS } });
    const room = freshRoom();
    const first = harness.connect(relay, room, { ack: '1' });
    first.doc.getMap('tasks').set('a', 'first');
    await waitFor(() => isFullyAcked(first), 'first edit durable');
    const gate = store.holdCompaction();
    first.destroy();
    await gate.reached;

    const second = harness.connect(relay, room, { ack: '1' });
    await waitFor(() => second.doc.getMap('tasks').get('a') === 'first', 'joiner during the save sees the data');
    second.doc.getMap('tasks').set('b', 'during save');
    await waitFor(() => isFullyAcked(second), 'edit during save durable');
    gate.release();
    await waitFor(() => !store.holdCompactionPending(), 'save finished');
    expect(relay.relay.isRoomLoaded(room)).toBe(true);

    // leaves too, the room unloads for real; a later client gets both edits from the store
    second.destroy();
    await waitFor(() => !relay.relay.isRoomLoaded(room), 'room unloaded after the last peer left');
    const third = harness.connect(relay, room);
    await waitFor(() => third.doc.getMap('tasks').size === 2, 'both edits survived');
    expect(third.doc.getMap('tasks').toJSON()).toEqual({ a: 'first', b: 'during save' });
  });

  it('a peer that joins and leaves during the save does not lose its edit', async () => {
    const store = createInstrumentedStore(harness.dataDir);
    const relay = await harness.start({ store, limits: { roomIdleUnloadMs: IDLE_MS } });
    const room = freshRoom();
    const first = harness.connect(relay, room, { ack: '1' });
    first.doc.getMap('tasks').set('a', 'first');
    await waitFor(() => isFullyAcked(first), 'first edit durable');
    const gate = store.holdCompaction();
    first.destroy();
    await gate.reached;

    const visitor = harness.connect(relay, room, { ack: '1' });
    visitor.doc.getMap('tasks').set('v', 'visitor');
    await waitFor(() => isFullyAcked(visitor), 'visitor edit durable');
    visitor.destroy();
    await waitFor(() => relay.relay.stats().connections === 0, 'visitor gone');
    gate.release();

    await waitFor(() => !relay.relay.isRoomLoaded(room), 'room unloaded');
    const later = harness.connect(relay, room);
    await waitFor(() => later.doc.getMap('tasks').size === 2, 'both edits survived');
  });
});
