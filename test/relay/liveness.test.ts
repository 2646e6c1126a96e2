import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwareness } from '../../server/relay/protocol-encode';
import { createHarness, freshRoom } from './relay-harness';
import type { Harness } from './relay-harness';
import { nextClose, openRawSocket } from './raw-socket';
import { waitFor } from './wait-for';

const PING_MS = 100;

describe('relay: liveness', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('a socket that stops answering pings is cut and its presence removed at once; live clients stay', async () => {
    const relay = await harness.start({ limits: { pingIntervalMs: PING_MS } });
    const room = freshRoom();
    const watcher = harness.connect(relay, room);
    await waitFor(() => watcher.provider.synced, 'watcher synced');

    // a silent peer: announces presence once, then never answers a ping
    const ghostDoc = new Y.Doc();
    const ghost = new Awareness(ghostDoc);
    ghost.setLocalState({ user: { name: 'Ghost' } });
    const raw = await openRawSocket(`${relay.syncUrl}/${room}`, { answerPings: false });
    const closed = nextClose(raw);
    raw.send(encodeAwareness(encodeAwarenessUpdate(ghost, [ghostDoc.clientID])));
    await waitFor(() => watcher.provider.awareness.getStates().has(ghostDoc.clientID), 'watcher sees the ghost');

    expect(await closed).toBe(1006);
    await waitFor(() => !watcher.provider.awareness.getStates().has(ghostDoc.clientID), 'ghost removed from presence');
    expect(watcher.provider.wsconnected).toBe(true);
    expect(relay.relay.stats().connections).toBe(1);
    ghost.destroy();
    ghostDoc.destroy();
  });
});
