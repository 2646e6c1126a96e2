// Invitation links (join a workspace with a role) and device links (sign another device in as
// yourself). A link is `<id>.<secret>`; only a hash of the secret is stored, and every link expires
// and has a number of uses, so a forwarded or replayed link stops working.
import { isRole, type Role } from '../../shared/domain/access';
import type { Clock } from '../clock';
import type { AccessDb } from './access-db';
import { hashSecret, randomAccessId, randomSecret } from './secrets';

export const DEFAULT_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const DEVICE_LINK_TTL_MS = 15 * 60 * 1000;
export const MAX_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type LinkGrant =
  | { readonly kind: 'invite'; readonly workspaceId: string; readonly role: Role }
  | { readonly kind: 'device'; readonly userId: string };

export type LinkFailure = 'invalid-link' | 'expired-link' | 'used-link';
export type LinkCheck = { readonly ok: true; readonly grant: LinkGrant; readonly linkId: string } | { readonly ok: false; readonly reason: LinkFailure };

interface LinkRow {
  id: string; secret_hash: string; kind: string; workspace_id: string | null; role: string | null; user_id: string | null;
  expires_at: number; max_uses: number; uses: number; revoked_at: number | null;
}

export interface Links {
  createInvite(createdBy: string, workspaceId: string, role: Role, ttlMs: number, maxUses: number): { token: string; expiresAt: number };
  createDeviceLink(userId: string): { token: string; expiresAt: number };
  /** Checks a link without using it up (to show "you're invited to…" before joining). */
  peek(token: string): LinkCheck;
  /** Uses the link once; call inside the transaction that acts on it. */
  consume(token: string): LinkCheck;
}

export function createLinks(db: AccessDb, clock: Clock): Links {
  const insert = db.prepare(
    'INSERT INTO links (id, secret_hash, kind, workspace_id, role, user_id, created_by, created_at, expires_at, max_uses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], LinkRow>('SELECT * FROM links WHERE id = ?');
  const use = db.prepare('UPDATE links SET uses = uses + 1 WHERE id = ? AND uses < max_uses');

  const create = (kind: 'invite' | 'device', createdBy: string, workspaceId: string | null, role: Role | null, userId: string | null, ttlMs: number, maxUses: number) => {
    const id = randomAccessId();
    const secret = randomSecret();
    const expiresAt = clock.now() + Math.min(Math.max(ttlMs, 60_000), MAX_LINK_TTL_MS);
    insert.run(id, hashSecret(secret), kind, workspaceId, role, userId, createdBy, clock.now(), expiresAt, Math.max(1, Math.min(maxUses, 1_000)));
    return { token: `${id}.${secret}`, expiresAt };
  };

  const check = (token: string): LinkCheck => {
    const [id, secret, ...rest] = token.split('.');
    const row = id && secret && rest.length === 0 && token.length < 200 ? select.get(id) : undefined;
    if (!row || !secret || row.secret_hash !== hashSecret(secret) || row.revoked_at !== null) return { ok: false, reason: 'invalid-link' };
    if (row.expires_at <= clock.now()) return { ok: false, reason: 'expired-link' };
    if (row.uses >= row.max_uses) return { ok: false, reason: 'used-link' };
    if (row.kind === 'invite' && row.workspace_id && isRole(row.role)) return { ok: true, linkId: row.id, grant: { kind: 'invite', workspaceId: row.workspace_id, role: row.role } };
    if (row.kind === 'device' && row.user_id) return { ok: true, linkId: row.id, grant: { kind: 'device', userId: row.user_id } };
    return { ok: false, reason: 'invalid-link' };
  };

  return {
    createInvite: (createdBy, workspaceId, role, ttlMs, maxUses) => create('invite', createdBy, workspaceId, role, null, ttlMs, maxUses),
    createDeviceLink: (userId) => create('device', userId, null, null, userId, DEVICE_LINK_TTL_MS, 1),
    peek: check,
    consume(token) {
      const result = check(token);
      if (result.ok && use.run(result.linkId).changes === 0) return { ok: false, reason: 'used-link' };
      return result;
    },
  };
}
