// Whether the history can be asked for at all. It lives on the team's relay, not on the device, so
// without a session or a connection the screen explains that instead of showing an error.
import type { RoomLink } from '../../sync/sync-state';

export type HistoryUnavailable = 'signed-out' | 'offline' | 'no-access';

export interface HistoryConditions {
  readonly signedIn: boolean;
  readonly online: boolean;
  readonly link: RoomLink;
}

export function historyUnavailable(conditions: HistoryConditions): HistoryUnavailable | null {
  if (!conditions.signedIn || conditions.link === 'signed-out') return 'signed-out';
  if (conditions.link === 'no-access') return 'no-access';
  if (!conditions.online) return 'offline';
  return null;
}

/** A failed request that only means "no connection" reads as offline, not as an error. */
export function isOfflineError(code: string): boolean {
  return code === 'network';
}
