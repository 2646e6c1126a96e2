import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE } from '../../server/relay/message-types';
import { encodeAwareness } from '../../server/relay/protocol-encode';
import { createHarness, freshRoom } from './relay-harness';
import type { Harness } from './relay-harness';
import { openRawSocket } from './raw-socket';
import { waitFor } from './wait-for';

const PEERS = 20;

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
});
