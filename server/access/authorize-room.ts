// The relay's access check at upgrade: a valid session (401 otherwise) and a role in the room's
// workspace that opens it (403 otherwise); viewers connect read-only.
import type { Authorize } from '../relay/authorize';
import type { Access } from './access';
import { upgradeToken } from './request-token';

export function createRoomAuthorizer(access: Access): Authorize {
  return async ({ room, url, headers }) => {
    const authenticated = access.sessions.authenticate(upgradeToken(url, headers));
    if (!authenticated.ok) return { ok: false, status: 401, reason: authenticated.reason };
    const { signed } = authenticated;
    const level = access.memberships.roomAccessFor(signed.userId, room);
    if (level === 'none') return { ok: false, status: 403, reason: 'no-access-to-room' };
    return { ok: true, readOnly: level === 'read', user: { id: signed.userId, name: signed.name, sessionId: signed.sessionId } };
  };
}
