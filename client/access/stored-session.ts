// The signed-in session as this device remembers it: the relay's token, who it belongs to and the
// person's roles as last seen, so a viewer stays read-only even when the app opens with no signal.
import { isRole, type Role } from '../../shared/domain/access';
import { isId, type UserId } from '../../shared/ids';
import type { Me, SessionGrant } from './access-api';
import { parseStoredObject } from '../storage/stored-object';

export interface WorkspaceRole {
  readonly workspaceId: string;
  readonly role: Role;
}

export interface StoredSession {
  readonly token: string;
  readonly userId: UserId;
  readonly name: string;
  readonly sessionId: string;
  /** Epoch ms; a session past this is dropped on load instead of being offered to the relay. */
  readonly expiresAt: number;
  readonly workspaces: readonly WorkspaceRole[];
}

const SESSION_KEY = 'sitebeam.session';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function sessionFromGrant(grant: SessionGrant, workspaces: readonly WorkspaceRole[] = []): StoredSession | null {
  if (!isId<'user'>(grant.user.id)) return null;
  return { token: grant.token, userId: grant.user.id, name: grant.user.name, sessionId: grant.session.id, expiresAt: grant.session.expiresAt, workspaces };
}

/** The same session with the name and roles from `/api/me`. */
export function withMe(session: StoredSession, me: Me): StoredSession {
  return { ...session, name: me.user.name, workspaces: me.workspaces.filter((entry) => isRole(entry.role)) };
}

export function parseStoredSession(text: string | null, now: number): StoredSession | null {
  const value = parseStoredObject(text);
  if (value === null) return null;
  const { token, userId, name, sessionId, expiresAt, workspaces } = value;
  if (typeof token !== 'string' || token === '' || !isId<'user'>(userId) || typeof name !== 'string' || typeof sessionId !== 'string') return null;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt) || expiresAt <= now) return null;
  return { token, userId, name, sessionId, expiresAt, workspaces: Array.isArray(workspaces) ? workspaces.filter(isWorkspaceRole) : [] };
}

function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  if (typeof value !== 'object' || value === null) return false;
  const { workspaceId, role } = value as Record<string, unknown>;
  return isId(workspaceId) && isRole(role);
}

export function loadSession(storage: KeyValueStore, now: number): StoredSession | null {
  return parseStoredSession(storage.getItem(SESSION_KEY), now);
}

export function saveSession(storage: KeyValueStore, session: StoredSession): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: KeyValueStore): void {
  storage.removeItem(SESSION_KEY);
}

export function roleIn(session: StoredSession | null, workspaceId: string): Role | null {
  return session?.workspaces.find((entry) => entry.workspaceId === workspaceId)?.role ?? null;
}
