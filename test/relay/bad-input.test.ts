import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, freshRoom } from './relay-harness';
import type { Harness } from './relay-harness';
import { nextClose, openRawSocket, upgradeStatus } from './raw-socket';
import { waitFor } from './wait-for';

describe('relay: bad input closes one socket, never the room or the process', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('a malformed frame closes that socket with 1007 while others in the room keep syncing', async () => {
    const relay = await harness.start();
    const room = freshRoom();
    const alice = harness.connect(relay, room);
    const bob = harness.connect(relay, room);
    await waitFor(() => alice.provider.synced && bob.provider.synced, 'both synced');

    const raw = await openRawSocket(`${relay.syncUrl}/${room}`);
    const closed = nextClose(raw);
    raw.send(Buffer.from([0xff, 0xff, 0xff]));
    expect(await closed).toBe(1007);

    alice.doc.getMap('tasks').set('after', 'still fine');
    await waitFor(() => bob.doc.getMap('tasks').get('after') === 'still fine', 'bob still receives alice’s edits');
  });

  it('an unknown message type closes that socket with 1003', async () => {
    const relay = await harness.start();
    const raw = await openRawSocket(`${relay.syncUrl}/${freshRoom()}`);
    const closed = nextClose(raw);
    raw.send(Buffer.from([42, 0]));
    expect(await closed).toBe(1003);
  });

  it('an update whose bytes are not a Yjs update closes with 1007', async () => {
    const relay = await harness.start();
    const raw = await openRawSocket(`${relay.syncUrl}/${freshRoom()}`);
    const closed = nextClose(raw);
    // sync · update · length 4 · garbage claiming many structs
    raw.send(Buffer.from([0, 2, 4, 0xff, 0xff, 0xff, 0x7f]));
    expect(await closed).toBe(1007);
  });

  it('an oversized frame closes that socket with 1009 while another client keeps syncing', async () => {
    const relay = await harness.start({ limits: { maxFrameBytes: 64 * 1024 } });
    const room = freshRoom();
    const alice = harness.connect(relay, room);
    const bob = harness.connect(relay, room);
    const raw = await openRawSocket(`${relay.syncUrl}/${room}`);
    const closed = nextClose(raw);
    raw.send(Buffer.alloc(100 * 1024, 1));
    expect(await closed).toBe(1009);

    bob.doc.getMap('tasks').set('b', 1);
    await waitFor(() => alice.doc.getMap('tasks').get('b') === 1, 'alice still receives bob’s edits');
  });

  it('a client over the message rate is closed with 1008', async () => {
    const relay = await harness.start({ limits: { messagesPerSecond: 1, messageBurst: 5 } });
    const raw = await openRawSocket(`${relay.syncUrl}/${freshRoom()}`);
    const closed = nextClose(raw);
    for (let i = 0; i < 20; i++) raw.send(Buffer.from([3]));
    expect(await closed).toBe(1008);
  });

  it('refuses an invalid room name with HTTP 400 before any socket exists', async () => {
    const relay = await harness.start();
    expect(await upgradeStatus(`${relay.syncUrl}/not-a-room`)).toBe(400);
    expect(await upgradeStatus(`${relay.syncUrl}/p.short`)).toBe(400);
    expect(await upgradeStatus(relay.syncUrl.replace('/sync', '/elsewhere/p.abcdefgh12'))).toBe(404);
    expect(relay.relay.stats()).toEqual({ rooms: 0, connections: 0 });
  });

  it('refuses upgrades over the per-IP rate with HTTP 429', async () => {
    const relay = await harness.start({ limits: { upgradeBurstPerIp: 2, upgradesPerSecondPerIp: 1 } });
    const url = `${relay.syncUrl}/${freshRoom()}`;
    const statuses = [await upgradeStatus(url), await upgradeStatus(url), await upgradeStatus(url)];
    expect(statuses).toEqual([101, 101, 429]);
  });
});
