// History API: the accepted updates of a room with who sent them and when, for "who changed this
// task" and the activity feed. The relay doesn't interpret them; the client, which holds the
// document, attributes each update to the records it touched (shared/schema/update-attribution.ts).
import type { Hono } from 'hono';
import { isRoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import type { Access } from './access';
import { apiError, signedIn } from './access-http';

const MAX_HISTORY_PAGE = 500;

export function mountHistoryRoutes(app: Hono, access: Access, store: DocStore): void {
  app.get('/api/rooms/:room/history', async (c) => {
    const signed = signedIn(c, access);
    const room = c.req.param('room');
    if (!isRoomName(room)) throw apiError(400, 'invalid-room');
    if (access.memberships.roomAccessFor(signed.userId, room) === 'none') throw apiError(403, 'no-access-to-room');
    const after = wholeNumber(c.req.query('after'), 0);
    // at least 1: a page of 0 would always say `more`, and a client paging until it doesn't would never stop
    const limit = Math.min(wholeNumber(c.req.query('limit'), 200, 1), MAX_HISTORY_PAGE);
    const entries = await store.history(room, after, limit);
    const names = new Map<string, string | null>();
    const nameOf = (userId: string | null): string | null => {
      if (userId === null) return null;
      if (!names.has(userId)) names.set(userId, access.users.nameOf(userId));
      return names.get(userId) ?? null;
    };
    return c.json({
      ok: true,
      entries: entries.map((entry) => ({
        seq: entry.seq, at: entry.at, userId: entry.userId, userName: nameOf(entry.userId), update: Buffer.from(entry.update).toString('base64'),
      })),
      more: entries.length === limit,
    });
  });
}

function wholeNumber(raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < min) throw apiError(400, 'invalid-number');
  return Number(raw);
}
