// Team API: register workspaces and projects with the relay, list members, change roles, remove
// people and create invitation links. Every change that shrinks someone's access is announced so
// the relay closes or downgrades their open sockets at once.
import type { Hono } from 'hono';
import { canManageMembers, isRole } from '../../shared/domain/access';
import { isId } from '../../shared/ids';
import type { Access } from './access';
import { apiError, readBody, signedIn } from './access-http';
import { DEFAULT_INVITE_TTL_MS } from './links';
import type { MembershipResult } from './memberships';

const HOUR_MS = 60 * 60 * 1000;

export function mountTeamRoutes(app: Hono, access: Access): void {
  app.post('/api/workspaces', async (c) => {
    const signed = signedIn(c, access);
    const body = await readBody(c);
    return c.json(settled(access.memberships.registerWorkspace(signed.userId, checkedId(body.workspaceId))));
  });

  app.post('/api/workspaces/:workspaceId/projects', async (c) => {
    const signed = signedIn(c, access);
    const body = await readBody(c);
    return c.json(settled(access.memberships.registerProject(signed.userId, checkedId(c.req.param('workspaceId')), checkedId(body.projectId))));
  });

  app.get('/api/workspaces/:workspaceId/members', (c) => {
    const signed = signedIn(c, access);
    const members = access.memberships.list(signed.userId, checkedId(c.req.param('workspaceId')));
    if (members === null) throw apiError(403, 'not-a-member');
    return c.json({ ok: true, members });
  });

  app.patch('/api/workspaces/:workspaceId/members/:userId', async (c) => {
    const signed = signedIn(c, access);
    const body = await readBody(c);
    if (!isRole(body.role)) throw apiError(400, 'invalid-role');
    const userId = c.req.param('userId');
    const result = settled(access.memberships.setRole(signed.userId, checkedId(c.req.param('workspaceId')), userId, body.role));
    access.notify({ kind: 'user', userId });
    return c.json(result);
  });

  app.delete('/api/workspaces/:workspaceId/members/:userId', (c) => {
    const signed = signedIn(c, access);
    const userId = c.req.param('userId');
    const result = settled(access.memberships.remove(signed.userId, checkedId(c.req.param('workspaceId')), userId));
    access.notify({ kind: 'user', userId });
    return c.json(result);
  });

  app.post('/api/workspaces/:workspaceId/invites', async (c) => {
    const signed = signedIn(c, access);
    const workspaceId = checkedId(c.req.param('workspaceId'));
    const body = await readBody(c);
    const role = access.memberships.roleOf(signed.userId, workspaceId);
    if (role === null || !canManageMembers(role)) throw apiError(403, 'forbidden');
    if (!isRole(body.role) || body.role === 'owner') throw apiError(400, 'invalid-role');
    // absent means the default; anything else that is not a usable number is refused, never silently
    // replaced, so an invitation never lives longer or admits more people than its maker chose
    const ttlMs = body.ttlHours === undefined ? DEFAULT_INVITE_TTL_MS : inviteHours(body.ttlHours) * HOUR_MS;
    const maxUses = body.maxUses === undefined ? 1 : inviteUses(body.maxUses);
    return c.json({ ok: true, ...access.links.createInvite(signed.userId, workspaceId, body.role, ttlMs, maxUses) });
  });
}

/** Hours an invitation lives: any positive finite number (links.ts keeps it within a minute and 30 days). */
function inviteHours(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw apiError(400, 'invalid-ttlHours');
  return value;
}

/** How many people may join with one invitation: a whole number from 1 (links.ts caps it at 1,000). */
function inviteUses(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw apiError(400, 'invalid-maxUses');
  return value;
}

function checkedId(value: unknown): string {
  if (!isId(value)) throw apiError(400, 'invalid-id');
  return value;
}

function settled(result: MembershipResult): { ok: true } {
  if (result.ok) return { ok: true };
  switch (result.reason) {
    case 'not-a-member':
    case 'forbidden':
      throw apiError(403, result.reason);
    case 'workspace-taken':
    case 'project-taken':
      throw apiError(409, result.reason);
    case 'unknown-workspace':
    case 'member-not-found':
      throw apiError(404, result.reason);
  }
}
