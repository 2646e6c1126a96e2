import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE } from '../../server/relay/message-types';
import { encodeAwareness } from '../../server/relay/protocol-encode';
import { createHarness, freshRoom } from './relay-harness';
import type { Harness } from './relay-harness';
import { openRawSocket } from './raw-socket';
import type { TestClient } from './relay-harness';
import { waitFor } from './wait-for';

const PEERS = 20;
/** More people present than MAX_AWARENESS_CLIENTS_PER_UPDATE (32): each stock client echoes what it hears. */
const CROWD = 40;

describe('relay: presence fan-out', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('presence renewed by many peers at once reaches a watcher in a few frames, not one per peer', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const url = `${relay.syncUrl}/${room}`;
    const watcher = await openRawSocket(url);
    const seen = new Awareness(new Y.Doc());
    let awarenessFrames = 0;
    watcher.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE.awareness) return;
      awarenessFrames += 1;
      applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoder), 'relay');
    });
    const peers = await Promise.all(Array.from({ length: PEERS }, () => openRawSocket(url)));
    const states = peers.map((_, index) => {
      const awareness = new Awareness(new Y.Doc());
      awareness.setLocalState({ user: { name: `Peer ${index}` } });
      return awareness;
    });

    // every peer renews in the same moment, as y-websocket clients that connected together do
    peers.forEach((peer, index) => {
      const awareness = states[index]!;
      peer.send(encodeAwareness(encodeAwarenessUpdate(awareness, [awareness.clientID])));
    });
    await waitFor(() => states.every((awareness) => seen.getStates().has(awareness.clientID)), 'watcher sees every peer');

    expect(seen.getStates().get(states[7]!.clientID)).toEqual({ user: { name: 'Peer 7' } });
    expect(awarenessFrames).toBeLessThanOrEqual(3);
    for (const socket of [watcher, ...peers]) socket.close();
    for (const awareness of [seen, ...states]) awareness.destroy();
  });

  it('in a room with more people present than one update may name, stock clients all see each other and nobody is cut off', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    let closes = 0;
    const join = (name: string): TestClient => {
      const client = harness.connect(relay, room);
      client.provider.on('connection-close', () => void (closes += 1));
      client.provider.awareness.setLocalStateField('user', { name });
      return client;
    };
    // all at once: their presence reaches the relay in the same moment and goes out batched
    const crowd = Array.from({ length: CROWD }, (_, index) => join(`Worker ${index}`));
    await waitFor(() => crowd.every((client) => client.provider.awareness.getStates().size === CROWD), 'everyone sees everyone');

    // a latecomer is greeted with the presence of all 40 and sends it all back, as y-websocket does
    const latecomer = join('Latecomer');
    await waitFor(() => latecomer.provider.awareness.getStates().size === CROWD + 1, 'the latecomer sees everyone');
    await waitFor(() => crowd.every((client) => client.provider.awareness.getStates().size === CROWD + 1), 'everyone sees the latecomer');
    // the echoes have come back by the time a round trip after them does
    await waitFor(() => latecomer.provider.synced, 'latecomer synced');
    await new Promise<void>((resolve) => setTimeout(resolve, 200));

    expect(closes).toBe(0);
    expect(relay.relay.stats().connections).toBe(CROWD + 1);
  });
});
