// Sessions: one per signed-in device. The token carries the session id and expiry; revocation and
// the person behind it are checked in the database on every use.
import type { Clock } from '../clock';
import type { AccessDb } from './access-db';
import { randomAccessId } from './secrets';
import { signToken, verifyToken } from './session-token';
import type { SigningKeys } from './signing-keys';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_DEVICE_LENGTH = 120;
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionInfo {
  readonly id: string;
  readonly device: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly lastSeenAt: number;
}

export interface Signed {
  readonly userId: string;
  readonly name: string;
  readonly sessionId: string;
}

export interface SessionGrant {
  readonly token: string;
  readonly user: { readonly id: string; readonly name: string };
  readonly session: SessionInfo;
}

export type AuthFailure = 'no-token' | 'invalid-token' | 'expired' | 'revoked';
export type Authenticated = { readonly ok: true; readonly signed: Signed } | { readonly ok: false; readonly reason: AuthFailure };

interface SessionRow { id: string; user_id: string; device: string; created_at: number; expires_at: number; last_seen_at: number; revoked_at: number | null; name: string }

export interface Sessions {
  issue(userId: string, device: string): SessionGrant;
  authenticate(token: string | null): Authenticated;
  /** A new token for the same session with a fresh expiry. */
  refresh(signed: Signed): SessionGrant;
  list(userId: string): SessionInfo[];
  revoke(userId: string, sessionId: string): boolean;
  revokeAllOf(userId: string): string[];
  /** Not revoked and not expired. */
  isLive(sessionId: string): boolean;
}

export function createSessions(db: AccessDb, keys: SigningKeys, clock: Clock): Sessions {
  const insert = db.prepare('INSERT INTO sessions (id, user_id, device, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)');
  const select = db.prepare<[string], SessionRow>('SELECT s.*, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const extend = db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?');
  const listByUser = db.prepare<[string, number], SessionRow>(
    'SELECT s.*, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.user_id = ? AND s.revoked_at IS NULL AND s.expires_at > ? ORDER BY s.created_at',
  );
  const revokeOne = db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL');
  const liveIds = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL');
  const revokeAll = db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL');

  const grant = (row: SessionRow, expiresAt: number): SessionGrant => ({
    token: signToken(keys, { sessionId: row.id, userId: row.user_id, expiresAt }),
    user: { id: row.user_id, name: row.name },
    session: toInfo({ ...row, expires_at: expiresAt }),
  });

  return {
    issue(userId, device) {
      const now = clock.now();
      const id = randomAccessId();
      insert.run(id, userId, device.slice(0, MAX_DEVICE_LENGTH) || 'device', now, now + SESSION_TTL_MS, now);
      const row = select.get(id);
      if (!row) throw new Error('session vanished after insert');
      return grant(row, row.expires_at);
    },
    authenticate(token) {
      if (!token) return { ok: false, reason: 'no-token' };
      const now = clock.now();
      const check = verifyToken(keys, token, now);
      if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid-token' };
      const row = select.get(check.claims.sessionId);
      if (!row || row.user_id !== check.claims.userId) return { ok: false, reason: 'invalid-token' };
      if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
      if (row.expires_at <= now) return { ok: false, reason: 'expired' };
      // one write per connection adds up in a reconnect storm; "last seen" to the minute is plenty
      if (now - row.last_seen_at > LAST_SEEN_RESOLUTION_MS) touch.run(now, row.id);
      return { ok: true, signed: { userId: row.user_id, name: row.name, sessionId: row.id } };
    },
    refresh(signed) {
      const row = select.get(signed.sessionId);
      if (!row) throw new Error('refreshing a session that does not exist');
      const expiresAt = clock.now() + SESSION_TTL_MS;
      extend.run(expiresAt, row.id);
      return grant(row, expiresAt);
    },
    list: (userId) => listByUser.all(userId, clock.now()).map(toInfo),
    revoke: (userId, sessionId) => revokeOne.run(clock.now(), sessionId, userId).changes > 0,
    isLive(sessionId) {
      const row = select.get(sessionId);
      return row !== undefined && row.revoked_at === null && row.expires_at > clock.now();
    },
    revokeAllOf(userId) {
      const ids = liveIds.all(userId).map((row) => row.id);
      revokeAll.run(clock.now(), userId);
      return ids;
    },
  };
}

function toInfo(row: SessionRow): SessionInfo {
  return { id: row.id, device: row.device, createdAt: row.created_at, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at };
}
