import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../clock';
import { createAccess, type Access } from './access';
import { createRoomAuthorizer } from './authorize-room';
import { mountSignInRoutes } from './sign-in-routes';
import { mountTeamRoutes } from './team-routes';
import { SESSION_TTL_MS } from './sessions';
import type { RoomName } from '../../shared/schema/room-name';

const WORKSPACE = 'wsTeamAlpha0001';
const PROJECT = 'projTower000001';

interface Harness { app: Hono; access: Access; time: { value: number }; dir: string }

function makeHarness(): Harness {
  const dir = mkdtempSync(path.join(tmpdir(), 'access-'));
  const time = { value: Date.UTC(2026, 10, 23, 9) };
  const tick: Clock = { now: () => time.value };
  const access = createAccess({ dataDir: dir, clock: tick });
  const app = new Hono();
  app.onError((error) => (error instanceof HTTPException ? error.getResponse() : Response.json({ ok: false, error: 'internal' }, { status: 500 })));
  mountSignInRoutes(app, access, tick);
  mountTeamRoutes(app, access);
  return { app, access, time, dir };
}

async function call(h: Harness, method: string, url: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await h.app.request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function ownerToken(h: Harness): Promise<string> {
  const secret = h.access.claims.openClaim();
  const claimed = await call(h, 'POST', '/api/claim', { secret, name: 'Owner Li', device: 'laptop' });
  expect(claimed.status).toBe(200);
  return claimed.json.token as string;
}

async function invite(h: Harness, token: string, role: string, name: string): Promise<string> {
  const created = await call(h, 'POST', `/api/workspaces/${WORKSPACE}/invites`, { role }, token);
  expect(created.status).toBe(200);
  const joined = await call(h, 'POST', '/api/join', { link: created.json.token, name, device: 'phone' });
  expect(joined.status).toBe(200);
  return joined.json.token as string;
}

describe('access API', () => {
  let h: Harness;
  beforeEach(() => { h = makeHarness(); });
  afterEach(() => { h.access.close(); rmSync(h.dir, { recursive: true, force: true }); });

  it('lets the first person with the claim secret become owner, once', async () => {
    expect((await call(h, 'GET', '/api/access/status')).json.claimed).toBe(false);
    const secret = h.access.claims.openClaim();
    expect((await call(h, 'POST', '/api/claim', { secret: 'wrong', name: 'Mallory' })).status).toBe(403);
    const claimed = await call(h, 'POST', '/api/claim', { secret, name: 'Owner Li' });
    expect(claimed.status).toBe(200);
    expect((await call(h, 'POST', '/api/claim', { secret, name: 'Second' })).status).toBe(403);
    expect(h.access.claims.openClaim()).toBeNull();
    expect((await call(h, 'GET', '/api/access/status')).json.claimed).toBe(true);
  });

  it('invites a teammate with a role; the link cannot be replayed', async () => {
    const owner = await ownerToken(h);
    expect((await call(h, 'POST', '/api/workspaces', { workspaceId: WORKSPACE }, owner)).status).toBe(200);
    const created = await call(h, 'POST', `/api/workspaces/${WORKSPACE}/invites`, { role: 'member' }, owner);
    expect((await call(h, 'GET', `/api/links/${String(created.json.token)}`)).json).toMatchObject({ kind: 'invite', role: 'member', workspaceId: WORKSPACE });
    const joined = await call(h, 'POST', '/api/join', { link: created.json.token, name: '王工', device: 'phone', userId: 'localUser000042' });
    expect(joined.status).toBe(200);
    expect(joined.json.user).toEqual({ id: 'localUser000042', name: '王工' });
    const me = await call(h, 'GET', '/api/me', undefined, joined.json.token as string);
    expect(me.json.workspaces).toEqual([{ workspaceId: WORKSPACE, role: 'member' }]);
    const replay = await call(h, 'POST', '/api/join', { link: created.json.token, name: 'Eve' });
    expect(replay).toMatchObject({ status: 410, json: { error: 'used-link' } });
  });

  it('refuses expired links and tokens, and tampered tokens', async () => {
    const owner = await ownerToken(h);
    await call(h, 'POST', '/api/workspaces', { workspaceId: WORKSPACE }, owner);
    const created = await call(h, 'POST', `/api/workspaces/${WORKSPACE}/invites`, { role: 'viewer', ttlHours: 1 }, owner);
    const tampered = `${owner.slice(0, -2)}${owner.endsWith('A') ? 'B' : 'A'}A`;
    expect((await call(h, 'GET', '/api/me', undefined, tampered)).status).toBe(401);
    h.time.value += 2 * 60 * 60 * 1000;
    expect((await call(h, 'POST', '/api/join', { link: created.json.token, name: 'Late' })).json.error).toBe('expired-link');
    h.time.value += SESSION_TTL_MS;
    expect(await call(h, 'GET', '/api/me', undefined, owner)).toMatchObject({ status: 401, json: { error: 'expired' } });
  });

  it('lets only owners and admins manage people, and never hands out ownership', async () => {
    const owner = await ownerToken(h);
    await call(h, 'POST', '/api/workspaces', { workspaceId: WORKSPACE }, owner);
    const member = await invite(h, owner, 'member', 'Member Zhao');
    expect((await call(h, 'POST', `/api/workspaces/${WORKSPACE}/invites`, { role: 'viewer' }, member)).status).toBe(403);
    expect((await call(h, 'POST', `/api/workspaces/${WORKSPACE}/invites`, { role: 'owner' }, owner)).status).toBe(400);
    const members = (await call(h, 'GET', `/api/workspaces/${WORKSPACE}/members`, undefined, owner)).json.members as { userId: string; role: string }[];
    const memberId = members.find((m) => m.role === 'member')?.userId;
    expect((await call(h, 'PATCH', `/api/workspaces/${WORKSPACE}/members/${memberId}`, { role: 'owner' }, owner)).status).toBe(403);
    expect((await call(h, 'PATCH', `/api/workspaces/${WORKSPACE}/members/${memberId}`, { role: 'viewer' }, owner)).status).toBe(200);
    expect((await call(h, 'GET', '/api/me', undefined, member)).json.workspaces).toEqual([{ workspaceId: WORKSPACE, role: 'viewer' }]);
  });

  it('revokes one device’s session so its token stops working', async () => {
    const owner = await ownerToken(h);
    const link = await call(h, 'POST', '/api/device-links', undefined, owner);
    expect((await call(h, 'GET', `/api/links/${String(link.json.token)}`)).json).toMatchObject({ kind: 'device', name: 'Owner Li' });
    const phone = await call(h, 'POST', '/api/join', { link: link.json.token, device: 'phone' });
    expect(phone.status).toBe(200);
    const sessions = (await call(h, 'GET', '/api/sessions', undefined, owner)).json.sessions as { id: string; device: string }[];
    expect(sessions.map((s) => s.device)).toEqual(['laptop', 'phone']);
    const changes: unknown[] = [];
    h.access.onChange((change) => changes.push(change));
    const phoneSession = sessions.find((s) => s.device === 'phone')?.id;
    expect((await call(h, 'DELETE', `/api/sessions/${phoneSession}`, undefined, owner)).status).toBe(200);
    expect(await call(h, 'GET', '/api/me', undefined, phone.json.token as string)).toMatchObject({ status: 401, json: { error: 'revoked' } });
    expect(changes).toEqual([{ kind: 'session', sessionId: phoneSession }]);
  });

  it('signs in with a name and password, and rate-limits guessing', async () => {
    const secret = h.access.claims.openClaim();
    await call(h, 'POST', '/api/claim', { secret, name: 'Owner Li', password: 'correct horse' });
    expect((await call(h, 'POST', '/api/sign-in', { name: 'owner li', password: 'correct horse' })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call(h, 'POST', '/api/sign-in', { name: 'Owner Li', password: 'guess' })).status);
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(429);
  });

  it('answers malformed bodies with 400 and oversize bodies with 413', async () => {
    const notJson = await h.app.request('/api/claim', { method: 'POST', body: '{nope' });
    expect(notJson.status).toBe(400);
    const huge = await h.app.request('/api/claim', { method: 'POST', body: JSON.stringify({ secret: 'x'.repeat(20_000) }) });
    expect(huge.status).toBe(413);
  });
});

describe('room authorization at upgrade', () => {
  let h: Harness;
  beforeEach(() => { h = makeHarness(); });
  afterEach(() => { h.access.close(); rmSync(h.dir, { recursive: true, force: true }); });

  it('gives each role exactly the rooms its role opens', async () => {
    const owner = await ownerToken(h);
    await call(h, 'POST', '/api/workspaces', { workspaceId: WORKSPACE }, owner);
    await call(h, 'POST', `/api/workspaces/${WORKSPACE}/projects`, { projectId: PROJECT }, owner);
    const authorize = createRoomAuthorizer(h.access);
    const tokens = {
      owner,
      manager: await invite(h, owner, 'manager', 'Manager'),
      member: await invite(h, owner, 'member', 'Member'),
      viewer: await invite(h, owner, 'viewer', 'Viewer'),
    };
    const outcome = async (token: string | null, room: string): Promise<string> => {
      const url = new URL(`http://relay/sync/${room}${token ? `?token=${token}` : ''}`);
      const decision = await authorize({ room: room as RoomName, url, headers: {}, ip: '127.0.0.1' });
      return decision.ok ? (decision.readOnly ? 'read' : 'write') : String(decision.status);
    };
    const table: Record<string, string[]> = {};
    for (const [role, token] of Object.entries(tokens)) {
      table[role] = [await outcome(token, `ws.${WORKSPACE}`), await outcome(token, `p.${PROJECT}`), await outcome(token, `f.${PROJECT}`), await outcome(token, 'p.unregistered01')];
    }
    expect(table).toEqual({
      owner: ['write', 'write', 'write', '403'],
      manager: ['write', 'write', 'write', '403'],
      member: ['write', 'write', '403', '403'],
      viewer: ['read', 'read', '403', '403'],
    });
    expect(await outcome(null, `ws.${WORKSPACE}`)).toBe('401');
    const viaProtocol = await authorize({ room: `p.${PROJECT}` as RoomName, url: new URL('http://relay/sync/x'), headers: { 'sec-websocket-protocol': `sitebeam.v1, token.${tokens.viewer}` }, ip: '127.0.0.1' });
    expect(viaProtocol).toMatchObject({ ok: true, readOnly: true });
  });
});
