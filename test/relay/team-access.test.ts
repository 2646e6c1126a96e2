// Access control end to end over real sockets: the relay with its access tables, stock y-websocket
// clients carrying session tokens, and the HTTP API that changes roles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import type { RoomName } from '../../shared/schema/room-name';
import { createHarness, type Harness } from './relay-harness';
import { nextClose, upgradeStatus } from './raw-socket';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const ROOMS = { ws: `ws.${WORKSPACE_ID}`, p: `p.${PROJECT_ID}`, f: `f.${PROJECT_ID}` } as const;

describe('team access over real sockets', () => {
  let harness: Harness;
  let team: Team;
  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness);
  });
  afterEach(() => harness.cleanup());

  const roomUrl = (room: string, token?: string): string => `${team.relay.syncUrl}/${room}${token ? `?token=${token}` : ''}`;

  it('opens exactly the rooms each role may open, refusing the rest before any socket exists', async () => {
    const people = {
      owner: team.owner,
      manager: await team.invite('manager', 'Manager Qian'),
      member: await team.invite('member', 'Member Zhao'),
      viewer: await team.invite('viewer', 'Viewer Sun'),
    };
    const table: Record<string, number[]> = {};
    for (const [role, person] of Object.entries(people)) {
      table[role] = [await upgradeStatus(roomUrl(ROOMS.ws, person.token)), await upgradeStatus(roomUrl(ROOMS.p, person.token)), await upgradeStatus(roomUrl(ROOMS.f, person.token))];
    }
    expect(table).toEqual({ owner: [101, 101, 101], manager: [101, 101, 101], member: [101, 101, 403], viewer: [101, 101, 403] });
    expect(await upgradeStatus(roomUrl(ROOMS.p))).toBe(401);
    expect(await upgradeStatus(roomUrl(ROOMS.p, `${team.owner.token}x`))).toBe(401);
    expect(await upgradeStatus(roomUrl('p.notRegistered1', team.owner.token))).toBe(403);
  });

  it('sends nothing of the document with a refusal', async () => {
    const writer = harness.connect(team.relay, ROOMS.f as RoomName, { token: team.owner.token });
    writer.doc.getMap('costs').set('secret', 'budget 9,870,000');
    await waitFor(() => writer.provider.synced, 'owner synced');
    const member = await team.invite('member', 'Nosy');
    const refusal = await refusedUpgrade(roomUrl(ROOMS.f, member.token));
    expect(refusal.status).toBe(403);
    expect(refusal.body).not.toContain('9,870,000');
  });

  it('never stores or forwards a viewer’s updates, even a thousand of them', async () => {
    const viewer = await team.invite('viewer', 'Viewer Sun');
    const owner = harness.connect(team.relay, ROOMS.p as RoomName, { token: team.owner.token });
    const watcher = harness.connect(team.relay, ROOMS.p as RoomName, { token: viewer.token });
    await waitFor(() => owner.provider.synced && watcher.provider.synced, 'both synced');
    for (let i = 0; i < 1_000; i++) watcher.doc.getMap('tasks').set(`v${i}`, i);
    owner.doc.getMap('tasks').set('owner', 'real');
    await waitFor(() => watcher.doc.getMap('tasks').get('owner') === 'real', 'the viewer still receives edits');
    await waitFor(() => watcher.denials.length > 0, 'the viewer is told it is read-only');
    expect([...owner.doc.getMap('tasks').keys()]).toEqual(['owner']);
    await team.relay.close();
    const restarted = await harness.start({ access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
    const fresh = harness.connect(restarted, ROOMS.p as RoomName, { token: team.owner.token });
    await waitFor(() => fresh.doc.getMap('tasks').get('owner') === 'real', 'stored state loaded after restart');
    expect([...fresh.doc.getMap('tasks').keys()]).toEqual(['owner']);
  });

  it('shows each person in presence as who their session says, whatever they claim', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const owner = harness.connect(team.relay, ROOMS.p as RoomName, { token: team.owner.token });
    const impostor = harness.connect(team.relay, ROOMS.p as RoomName, { token: member.token });
    impostor.provider.awareness.setLocalStateField('user', { id: team.owner.id, name: 'Owner Li', color: '#ff0000' });
    await waitFor(() => owner.provider.awareness.getStates().has(impostor.doc.clientID), 'owner sees the member');
    expect(owner.provider.awareness.getStates().get(impostor.doc.clientID)).toEqual({ user: { id: member.id, name: 'Member Zhao', color: '#ff0000' } });
  });

  it('closes a removed member’s sockets with 4403 at once', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const socket = new WebSocket(roomUrl(ROOMS.p, member.token));
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = nextClose(socket);
    const started = Date.now();
    expect((await team.api('DELETE', `/api/workspaces/${WORKSPACE_ID}/members/${member.id}`, undefined, team.owner.token)).status).toBe(200);
    expect(await closed).toBe(4403);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await upgradeStatus(roomUrl(ROOMS.p, member.token))).toBe(403);
  });

  it('reconnects a member made viewer as read-only (4000), and closes a revoked session with 4401', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const socket = new WebSocket(roomUrl(ROOMS.p, member.token));
    await new Promise((resolve) => socket.once('open', resolve));
    const changed = nextClose(socket);
    await team.api('PATCH', `/api/workspaces/${WORKSPACE_ID}/members/${member.id}`, { role: 'viewer' }, team.owner.token);
    expect(await changed).toBe(4000);
    const again = new WebSocket(roomUrl(ROOMS.p, member.token));
    await new Promise((resolve) => again.once('open', resolve));
    const revoked = nextClose(again);
    expect((await team.api('DELETE', `/api/sessions/${member.sessionId}`, undefined, member.token)).status).toBe(200);
    expect(await revoked).toBe(4401);
  });

  it('answers "who changed this" from the relay’s history, across compaction', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const owner = harness.connect(team.relay, ROOMS.p as RoomName, { token: team.owner.token, ack: '1' });
    const worker = harness.connect(team.relay, ROOMS.p as RoomName, { token: member.token, ack: '1' });
    owner.doc.getMap('tasks').set('t1', 'by owner');
    await waitFor(() => worker.doc.getMap('tasks').get('t1') === 'by owner', 'member received');
    worker.doc.getMap('tasks').set('t2', 'by member');
    await waitFor(() => worker.acks.length > 0 && owner.doc.getMap('tasks').get('t2') === 'by member', 'member edit durable');
    await team.relay.relay.shutdown();
    const history = await team.api('GET', `/api/rooms/${ROOMS.p}/history`, undefined, team.owner.token);
    const entries = history.json.entries as { userName: string; update: string }[];
    const authors = entries.map((entry) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(entry.update, 'base64'));
      return [entry.userName, [...doc.getMap('tasks').keys()].join()];
    });
    expect(authors).toEqual([['Owner Li', 't1'], ['Member Zhao', 't2']]);
    const outsider = await team.invite('viewer', 'Viewer Sun');
    expect((await team.api('GET', `/api/rooms/${ROOMS.f}/history`, undefined, outsider.token)).status).toBe(403);
  });

  it('refuses upgrades from another site’s pages', async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(roomUrl(ROOMS.p, team.owner.token), { headers: { origin: 'https://evil.example' } });
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });
});

/** Everything the relay answers to a refused upgrade: status and the full body. */
function refusedUpgrade(wsUrl: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(wsUrl.replace(/^ws/, 'http'), {
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    });
    outgoing.once('upgrade', () => reject(new Error('the relay opened a socket')));
    outgoing.once('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}
