// Applies access changes to open sockets within seconds: a revoked session is closed with 4401,
// a person who lost a room with 4403, and one whose write access changed with 4000 so the client
// reconnects and the upgrade check gives it the new mode. A sweep also closes sockets whose session
// expired while they were open.
import type { Relay } from '../relay/relay';
import { CLOSE_CODE } from '../relay/message-types';
import type { Access } from './access';

const EXPIRY_SWEEP_MS = 60_000;

export function enforceAccessChanges(access: Access, relay: Pick<Relay, 'closeConnections'>): () => void {
  const stopListening = access.onChange((change) => {
    if (change.kind === 'session') {
      relay.closeConnections((peer) => peer.sessionId === change.sessionId, CLOSE_CODE.unauthorized, 'session revoked');
      return;
    }
    const accessTo = (room: Parameters<typeof access.memberships.roomAccessFor>[1]) => access.memberships.roomAccessFor(change.userId, room);
    relay.closeConnections((peer) => peer.userId === change.userId && accessTo(peer.room) === 'none', CLOSE_CODE.forbidden, 'access removed');
    relay.closeConnections(
      (peer) => peer.userId === change.userId && accessTo(peer.room) !== 'none' && (accessTo(peer.room) === 'read') !== peer.readOnly,
      CLOSE_CODE.accessChanged,
      'access changed',
    );
  });
  const sweep = setInterval(() => {
    relay.closeConnections((peer) => peer.sessionId !== undefined && !access.sessions.isLive(peer.sessionId), CLOSE_CODE.unauthorized, 'session expired');
  }, EXPIRY_SWEEP_MS);
  sweep.unref();
  return () => {
    stopListening();
    clearInterval(sweep);
  };
}
