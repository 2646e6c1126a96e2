// Parses `/sync/<room>?ack=1` from an upgrade request; a bad path or room name is refused
// before the room name reaches storage or the access check.
import { isRoomName } from '../../shared/schema/room-name';
import type { RoomName } from '../../shared/schema/room-name';

export const SYNC_PATH_PREFIX = '/sync/';

export type UpgradeTarget =
  | { readonly ok: true; readonly room: RoomName; readonly url: URL; readonly wantsAck: boolean }
  | { readonly ok: false; readonly status: 400 | 404; readonly reason: string };

export function parseUpgradeTarget(rawUrl: string | undefined): UpgradeTarget {
  let url: URL;
  try {
    // only path and query matter; the host is a placeholder
    url = new URL(rawUrl ?? '/', 'http://relay.invalid');
  } catch {
    return { ok: false, status: 400, reason: 'malformed url' };
  }
  if (!url.pathname.startsWith(SYNC_PATH_PREFIX)) return { ok: false, status: 404, reason: 'no websocket here' };
  let room: string;
  try {
    room = decodeURIComponent(url.pathname.slice(SYNC_PATH_PREFIX.length));
  } catch {
    return { ok: false, status: 400, reason: 'malformed room name' };
  }
  if (!isRoomName(room)) return { ok: false, status: 400, reason: 'invalid room name' };
  return { ok: true, room, url, wantsAck: url.searchParams.get('ack') === '1' };
}
