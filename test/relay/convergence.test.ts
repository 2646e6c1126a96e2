import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstrumentedStore } from './instrumented-store';
import { createHarness, freshRoom, isFullyAcked } from './relay-harness';
import type { Harness } from './relay-harness';
import { waitFor } from './wait-for';

describe('relay: sync and presence with the stock y-websocket client', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('two clients converge: each sees the edits of both', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const alice = harness.connect(relay, room);
    const bob = harness.connect(relay, room);
    alice.doc.getMap('tasks').set('a', 'from alice');
    bob.doc.getMap('tasks').set('b', 'from bob');
    const both = (doc: typeof alice.doc): boolean => doc.getMap('tasks').size === 2;
    await waitFor(() => both(alice.doc) && both(bob.doc), 'both clients see both edits');
    expect(bob.doc.getMap('tasks').toJSON()).toEqual({ a: 'from alice', b: 'from bob' });
    expect(alice.doc.getMap('tasks').toJSON()).toEqual(bob.doc.getMap('tasks').toJSON());
  });

  it('awareness reaches the other client and disappears as soon as its owner disconnects', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const alice = harness.connect(relay, room);
    const bob = harness.connect(relay, room);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    const aliceId = alice.doc.clientID;
    await waitFor(() => bob.provider.awareness.getStates().get(aliceId)?.['user'] !== undefined, 'bob sees alice');
    expect(bob.provider.awareness.getStates().get(aliceId)).toEqual({ user: { name: 'Alice' } });

    // a socket that just closes (no goodbye awareness message) must still vanish at once
    alice.provider.ws?.close();
    alice.provider.shouldConnect = false;
    await waitFor(() => !bob.provider.awareness.getStates().has(aliceId), 'alice leaves bob’s presence', 2_000);
  });

  it('several clients joining a cold room at the same moment all receive what was stored', async () => {
    const room = freshRoom();
    const first = await harness.start();
    const writer = harness.connect(first, room, { ack: '1' });
    for (let i = 0; i < 20; i++) writer.doc.getMap('tasks').set(`t${i}`, i);
    await waitFor(() => isFullyAcked(writer), 'writer’s edits are durable');
    writer.destroy();
    await first.close();

    const store = createInstrumentedStore(harness.dataDir);
    const second = await harness.start({ store });
    const readers = Array.from({ length: 6 }, () => harness.connect(second, room));
    await waitFor(() => readers.every((r) => r.doc.getMap('tasks').size === 20), 'every reader has all 20 tasks');
    expect(store.loads(room)).toBe(1);
    expect(second.relay.stats()).toEqual({ rooms: 1, connections: 6 });
  });
});
