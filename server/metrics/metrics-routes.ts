// GET /api/metrics: a room's snapshot figures and its activity as series downsampled to `step`
// (see downsample.ts). Access follows the room's ACL: a caller who may not open the room gets 403,
// so a finance room's figures (`f.`) reach only roles with finance access. For a workspace room
// (`ws.`) the answer adds the member count, so activity reads as a rate against members.
import type { Hono } from 'hono';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { isRoomName, roomKind } from '../../shared/schema/room-name';
import type { Access } from '../access/access';
import { apiError, signedIn } from '../access/access-http';
import type { Clock } from '../clock';
import { lastPerBucket, sumPerBucket } from './downsample';
import type { MetricsStore } from './metrics-store';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

const DAY_MS = 86_400_000;
const MIN_STEP_MS = 60_000;
const DEFAULT_STEP_MS = 3_600_000;
const DEFAULT_RANGE_MS = 30 * DAY_MS;
/** At most this many buckets per answer, so a tiny step over a long range can't ask for millions. */
const MAX_BUCKETS = 5_000;

export function mountMetricsRoutes(app: Hono, access: Access, metrics: MetricsStore, clock: Clock): void {
  app.get('/api/metrics', (c) => {
    const signed = signedIn(c, access);
    const room = c.req.query('room') ?? '';
    if (!isRoomName(room)) throw apiError(400, 'invalid-room');
    if (access.memberships.roomAccessFor(signed.userId, room) === 'none') throw apiError(403, 'no-access-to-room');
    const now = clock.now();
    const to = instant(c.req.query('to'), now);
    const from = instant(c.req.query('from'), to - DEFAULT_RANGE_MS);
    const step = instant(c.req.query('step'), DEFAULT_STEP_MS);
    if (step < MIN_STEP_MS || from >= to || (to - from) / step > MAX_BUCKETS) throw apiError(400, 'invalid-range');
    const snapshots = lastPerBucket(metrics.snapshots(room, from, to).map((row) => ({ at: row.at, value: row.figures })), step);
    const activity = metrics.activity([room], dayOf(from), dayOf(to - 1));
    const dayStart = (day: IsoDay): number => Date.parse(`${day}T00:00:00Z`) + METRICS_TIME_ZONE_OFFSET_MINUTES * 60_000;
    const people = new Map<IsoDay, { connected: Set<string>; edited: Set<string> }>();
    for (const row of activity) {
      const entry = people.get(row.day) ?? { connected: new Set<string>(), edited: new Set<string>() };
      if (row.connects > 0) entry.connected.add(row.userId);
      if (row.edits > 0) entry.edited.add(row.userId);
      people.set(row.day, entry);
    }
    const members = roomKind(room) === 'ws' ? (access.memberships.list(signed.userId, room.slice(3))?.length ?? null) : null;
    return c.json({
      ok: true,
      room,
      from,
      to,
      step,
      rule: { snapshots: 'last value per bucket', edits: 'sum per bucket', activeByDay: 'distinct people per China day' },
      snapshots: snapshots.map((point) => ({ at: point.at, figures: point.value })),
      edits: sumPerBucket(activity.map((row) => ({ at: dayStart(row.day), value: row.edits })), Math.max(step, DAY_MS)),
      activeByDay: [...people].map(([day, entry]) => ({
        day,
        connected: entry.connected.size,
        edited: entry.edited.size,
        activityRate: members ? Math.round((1000 * entry.edited.size) / members) / 10 : null,
      })),
      members,
    });
  });
}

function dayOf(at: number): IsoDay {
  return localIsoDay(at, METRICS_TIME_ZONE_OFFSET_MINUTES);
}

function instant(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,15}$/.test(raw)) throw apiError(400, 'invalid-number');
  return Number(raw);
}
