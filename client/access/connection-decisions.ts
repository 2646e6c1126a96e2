// What a room does when its socket to the relay closes or keeps failing. The relay says why it
// closed a live socket (close codes below); a refused upgrade only shows as a failed connection, so
// repeated failures while online are checked against `/api/me` before deciding anything.
import type { Role } from '../../shared/domain/access';
import { roomAccess } from '../../shared/domain/access';
import type { RoomKind } from '../../shared/schema/room-name';

/** The session was revoked or expired: sign out on this device. */
export const CLOSE_SESSION_ENDED = 4401;
/** This person may no longer open this room. */
export const CLOSE_NO_ACCESS = 4403;
/** This person's access changed (e.g. now read-only): reconnect and re-read the role. */
export const CLOSE_ACCESS_CHANGED = 4000;

export type CloseDecision = 'sign-out' | 'lose-access' | 'reconnect-and-recheck' | 'reconnect';

export function decideOnClose(code: number): CloseDecision {
  switch (code) {
    case CLOSE_SESSION_ENDED: return 'sign-out';
    case CLOSE_NO_ACCESS: return 'lose-access';
    case CLOSE_ACCESS_CHANGED: return 'reconnect-and-recheck';
    default: return 'reconnect';
  }
}

/**
 * Whether this many failed connection attempts in a row warrant asking the relay who we are: the
 * second one (a single failure is often just a flicker of signal), then every tenth, so a relay
 * that is simply down costs one small request per ten retries.
 */
export function shouldCheckSession(consecutiveFailures: number): boolean {
  return consecutiveFailures === 2 || (consecutiveFailures > 2 && consecutiveFailures % 10 === 0);
}

/** What `/api/me` said, reduced to what the decision needs. */
export type SessionCheck =
  | { readonly kind: 'signed-in'; readonly role: Role | null }
  | { readonly kind: 'session-ended' }
  | { readonly kind: 'unreachable' };

export type FailureDecision = 'sign-out' | 'lose-access' | 'register-project' | 'keep-trying';

/**
 * After repeated failures: a session the relay no longer knows means sign out; no role in the room's
 * workspace means the room is lost; a writer's project room may just not be registered yet; anything
 * else (relay down, restarting) means keep retrying with backoff.
 */
export function decideAfterFailures(check: SessionCheck, kind: RoomKind): FailureDecision {
  switch (check.kind) {
    case 'session-ended': return 'sign-out';
    case 'unreachable': return 'keep-trying';
    case 'signed-in': {
      if (check.role === null || roomAccess(check.role, kind) === 'none') return 'lose-access';
      return kind === 'ws' ? 'keep-trying' : 'register-project';
    }
  }
}

/** `/api/me` answers 401 with one of these when the session itself is gone. */
export function isSessionEndedError(status: number): boolean {
  return status === 401;
}
