// GET /api/rooms/:room/first-screen: the Gantt's first screen of a project room
// (shared/domain/schedule/first-screen.ts) for a device that holds nothing of it yet, to show read-only
// while the whole document syncs. The same rule as opening the room's websocket: a valid session (401)
// with a role that opens the room (403); with access control off every room is open, as the relay's is.
// A relay given its own access hook (`authorize`) without the access tables can't apply that hook to a
// plain HTTP request, so it never serves a first screen (204, `first-screen: access-hook`) rather than
// serve rooms its websocket would refuse.
// 204 when there is nothing to show or it can't be computed cheaply now (the `first-screen` header
// says which; on 200 it says where it came from: relay, worker, or stored, kept in relay.sqlite from an
// earlier computation, see first-screen-db.ts); never cached, since the room
// changes.
import type { Hono } from 'hono';
import { isRoomName, roomKind } from '../../shared/schema/room-name';
import type { Access } from '../access/access';
import { apiError, signedIn } from '../access/access-http';
import type { FirstScreenSource } from './first-screen-source';

export interface FirstScreenRouteOptions {
  /** The relay opens rooms through a custom `authorize` hook and has no access tables. */
  readonly customAccessHook: boolean;
}

export function mountFirstScreenRoutes(app: Hono, access: Access | undefined, source: FirstScreenSource, options: FirstScreenRouteOptions): void {
  app.get('/api/rooms/:room/first-screen', async (c) => {
    const signed = access === undefined ? null : signedIn(c, access);
    const room = c.req.param('room');
    if (!isRoomName(room)) throw apiError(400, 'invalid-room');
    if (access === undefined && options.customAccessHook) {
      c.header('Cache-Control', 'no-store');
      c.header('First-Screen', 'access-hook');
      return c.body(null, 204);
    }
    if (access !== undefined && signed !== null && access.memberships.roomAccessFor(signed.userId, room) === 'none') throw apiError(403, 'no-access-to-room');
    if (roomKind(room) !== 'p') throw apiError(400, 'not-a-project-room');
    const answer = await source.entryFor(room);
    c.header('Cache-Control', 'no-store');
    if (answer.kind === 'none') {
      c.header('First-Screen', answer.reason);
      return c.body(null, 204);
    }
    return c.body(answer.entry, 200, { 'Content-Type': 'application/json; charset=utf-8', 'First-Screen': answer.computedIn });
  });
}
