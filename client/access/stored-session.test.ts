import { describe, expect, it } from 'vitest';
import type { SessionGrant } from './access-api';
import { clearSession, loadSession, parseStoredSession, roleIn, saveSession, sessionFromGrant, withMe } from './stored-session';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), removeItem: (key) => void values.delete(key) };
}

const grant: SessionGrant = { token: 'tok.en', user: { id: 'User_abcdefgh1234', name: 'Ann' }, session: { id: 'sess1', device: 'phone', expiresAt: 5_000 } };

describe('stored session', () => {
  it('round-trips a session made from a grant, roles included', () => {
    const storage = memoryStorage();
    const session = sessionFromGrant(grant, [{ workspaceId: 'Ws_abcdefgh1234', role: 'viewer' }]);
    if (!session) throw new Error('grant refused');
    saveSession(storage, session);
    expect(loadSession(storage, 1_000)).toEqual(session);
    expect(roleIn(loadSession(storage, 1_000), 'Ws_abcdefgh1234')).toBe('viewer');
    expect(roleIn(session, 'Other_abcdefgh')).toBeNull();
    clearSession(storage);
    expect(loadSession(storage, 1_000)).toBeNull();
  });

  it('drops an expired session instead of offering it to the relay', () => {
    const session = sessionFromGrant(grant);
    expect(parseStoredSession(JSON.stringify(session), 4_999)).not.toBeNull();
    expect(parseStoredSession(JSON.stringify(session), 5_000)).toBeNull();
  });

  it('refuses garbage and malformed fields without throwing, and skips unknown roles', () => {
    expect(parseStoredSession('{', 0)).toBeNull();
    expect(parseStoredSession('null', 0)).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...sessionFromGrant(grant), token: '' }), 0)).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...sessionFromGrant(grant), userId: 'bad id' }), 0)).toBeNull();
    const odd = { ...sessionFromGrant(grant), workspaces: [{ workspaceId: 'Ws_abcdefgh1234', role: 'emperor' }, { workspaceId: 'Ws_abcdefgh1234', role: 'member' }] };
    expect(parseStoredSession(JSON.stringify(odd), 0)?.workspaces).toEqual([{ workspaceId: 'Ws_abcdefgh1234', role: 'member' }]);
  });

  it('refuses a grant whose user id is not a well-formed id', () => {
    expect(sessionFromGrant({ ...grant, user: { id: 'x', name: 'Ann' } })).toBeNull();
  });

  it('takes name and roles from /api/me', () => {
    const session = sessionFromGrant(grant);
    if (!session) throw new Error('grant refused');
    const updated = withMe(session, { user: { id: grant.user.id, name: 'Ann Wang' }, sessionId: 'sess1', workspaces: [{ workspaceId: 'Ws_abcdefgh1234', role: 'admin' }] });
    expect(updated.name).toBe('Ann Wang');
    expect(roleIn(updated, 'Ws_abcdefgh1234')).toBe('admin');
    expect(updated.token).toBe(session.token);
  });
});
