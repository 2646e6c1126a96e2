// The message public/sw-notifications.js posts to an open window when a reminder is tapped: move that
// window to the Today route without a reload (a reload would drop the open sockets and unsent state).
// The message comes from outside the app's code, so it is validated: only a Today route is followed.
import { parseRoute } from '../../app/routes';

export const OPEN_MESSAGE_TYPE = 'sitebeam:open';

/** The hash to move to, or null for any other or malformed message. */
export function readOpenMessage(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, url } = data as Record<string, unknown>;
  if (type !== OPEN_MESSAGE_TYPE || typeof url !== 'string') return null;
  return parseRoute(url).kind === 'today' ? url : null;
}
