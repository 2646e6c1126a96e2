import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Authorize } from '../../server/relay/authorize';
import { addScheduleTask, initProject } from '../../shared/schema';
import { createHarness, freshRoom, isFullyAcked } from './relay-harness';
import type { Harness } from './relay-harness';
import { upgradeStatus } from './raw-socket';
import { waitFor } from './wait-for';

// stands in for the token check of a later issue: the role comes from the query string
const roleFromQuery: Authorize = async ({ url }) => {
  const role = url.searchParams.get('role');
  if (role === 'stranger') return { ok: false, status: 403, reason: 'not a member' };
  if (role === null) return { ok: false, status: 401, reason: 'no session' };
  return { ok: true, readOnly: role === 'viewer', user: { id: role, name: role } };
};

describe('relay: the access hook', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('an update from a viewer never changes the document nor reaches other clients', async () => {
    const relay = await harness.start({ authorize: roleFromQuery });
    const room = freshRoom();
    const writer = harness.connect(relay, room, { role: 'member' });
    const viewer = harness.connect(relay, room, { role: 'viewer' });
    writer.doc.getMap('tasks').set('w', 'from writer');
    await waitFor(() => viewer.doc.getMap('tasks').get('w') === 'from writer', 'the viewer still receives edits');

    viewer.doc.getMap('tasks').set('v', 'from viewer');
    await waitFor(() => viewer.denials.length > 0, 'the viewer is told');
    expect(viewer.denials[0]).toBe('read-only');

    // a fresh client's sync reflects everything the relay accepted up to now
    const late = harness.connect(relay, room, { role: 'member' });
    await waitFor(() => late.doc.getMap('tasks').get('w') === 'from writer', 'late client synced');
    expect(late.doc.getMap('tasks').has('v')).toBe(false);
    expect(writer.doc.getMap('tasks').has('v')).toBe(false);
  });

  it('serves no Gantt first screen, since the hook only judges websocket upgrades', async () => {
    const relay = await harness.start({ authorize: roleFromQuery });
    const room = freshRoom();
    const writer = harness.connect(relay, room, { role: 'member', ack: '1' });
    await waitFor(() => writer.provider.synced, 'the writer synced');
    initProject(writer.doc, ['To do'], 'test');
    expect(addScheduleTask(writer.doc, { title: 'Dig', parentId: null, after: null, duration: 3, createdBy: null, now: Date.now() }, 'test').ok).toBe(true);
    await waitFor(() => isFullyAcked(writer), 'the relay holds the task');
    const base = relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
    const response = await fetch(`${base}/api/rooms/${room}/first-screen?role=member`);
    expect(response.status).toBe(204);
    expect(response.headers.get('first-screen')).toBe('access-hook');
    expect(await response.text()).toBe('');
  });

  it('a viewer still shares presence', async () => {
    const relay = await harness.start({ authorize: roleFromQuery });
    const room = freshRoom();
    const writer = harness.connect(relay, room, { role: 'member' });
    const viewer = harness.connect(relay, room, { role: 'viewer' });
    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    await waitFor(() => writer.provider.awareness.getStates().has(viewer.doc.clientID), 'writer sees the viewer');
  });

  it('refusals from the hook are HTTP 401/403 at upgrade', async () => {
    const relay = await harness.start({ authorize: roleFromQuery });
    const url = `${relay.syncUrl}/${freshRoom()}`;
    expect(await upgradeStatus(url)).toBe(401);
    expect(await upgradeStatus(`${url}?role=stranger`)).toBe(403);
    expect(await upgradeStatus(`${url}?role=member`)).toBe(101);
  });
});

describe('relay: closing the sockets of someone who lost access', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('closes only the matching sockets, with the given code', async () => {
    const relay = await harness.start({ authorize: roleFromQuery });
    const room = freshRoom();
    const kept = harness.connect(relay, room, { role: 'member' });
    const removed = harness.connect(relay, room, { role: 'leaver' });
    const codes: number[] = [];
    removed.provider.on('connection-close', (event) => {
      if (event !== null) codes.push(event.code);
    });
    await waitFor(() => kept.provider.synced && removed.provider.synced, 'both synced');
    expect(relay.relay.closeConnections((peer) => peer.userId === 'leaver', 4403, 'access removed')).toBe(1);
    await waitFor(() => codes.length > 0, 'the removed member saw the close');
    expect(codes[0]).toBe(4403);
    // 4400-4499 tells the stock client not to reconnect
    expect(removed.provider.shouldConnect).toBe(false);
    expect(kept.provider.wsconnected).toBe(true);
  });
});
