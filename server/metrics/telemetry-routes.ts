// Client reports: POST /api/telemetry (an uncaught error or a failed sync: its kind and a short
// message, never document content), POST /api/satisfaction (1–5 and an optional comment, at most
// once per person per China month in all their workspaces together: a second answer, in the same or
// another workspace, is 409; the answer counts in the workspace it was given in) and
// GET /api/satisfaction (whether this person answered or dismissed the card this month, anywhere: the
// card asks only when neither) and POST /api/satisfaction/dismissal (the card's "Not now", for this
// person this month on every device; one row per person). Telemetry is rate-limited per session
// with a token bucket (burst 10, then one report every 6 s); the 16 KB body limit applies.
import type { Hono } from 'hono';
import { localIsoDay } from '../../shared/iso-day';
import type { Access } from '../access/access';
import { apiError, optionalString, readBody, signedIn, stringField } from '../access/access-http';
import type { Clock } from '../clock';
import { createTokenBucket, type TokenBucket } from '../relay/token-bucket';
import type { MetricsDb } from './metrics-db';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

export const TELEMETRY_KINDS = ['uncaught-error', 'unhandled-rejection', 'sync-failed'] as const;
export type TelemetryKind = (typeof TELEMETRY_KINDS)[number];
export const MAX_TELEMETRY_MESSAGE = 300;
const TELEMETRY_BURST = 10;
const TELEMETRY_PER_SECOND = 1 / 6;
const MAX_COMMENT = 1_000;
const MAX_BUCKETS = 10_000;

export function mountTelemetryRoutes(app: Hono, access: Access, db: MetricsDb, clock: Clock): void {
  const buckets = new Map<string, TokenBucket>();
  const insertReport = db.prepare('INSERT INTO telemetry (at, day, session_id, user_id, kind, message) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAnswer = db.prepare(
    'INSERT INTO satisfaction (user_id, month, workspace_id, score, comment, at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM satisfaction WHERE user_id = ? AND month = ?)',
  );
  const answeredIn = db.prepare<[string, string], { workspace_id: string }>('SELECT workspace_id FROM satisfaction WHERE user_id = ? AND month = ? LIMIT 1');
  const dismissedIn = db.prepare<[string, string], { month: string }>('SELECT month FROM survey_dismissals WHERE user_id = ? AND month = ?');
  const upsertDismissal = db.prepare('INSERT INTO survey_dismissals (user_id, month, at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET month = excluded.month, at = excluded.at');
  const thisMonth = (): string => localIsoDay(clock.now(), METRICS_TIME_ZONE_OFFSET_MINUTES).slice(0, 7);

  app.post('/api/telemetry', async (c) => {
    const signed = signedIn(c, access);
    if (!bucketFor(signed.sessionId).take()) throw apiError(429, 'too-many-reports');
    const body = await readBody(c);
    const kind = body.kind;
    if (!(TELEMETRY_KINDS as readonly unknown[]).includes(kind)) throw apiError(400, 'invalid-kind');
    const message = typeof body.message === 'string' ? body.message.slice(0, MAX_TELEMETRY_MESSAGE) : '';
    const now = clock.now();
    insertReport.run(now, localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES), signed.sessionId, signed.userId, String(kind), message);
    return c.json({ ok: true });
  });

  app.post('/api/satisfaction', async (c) => {
    const signed = signedIn(c, access);
    const body = await readBody(c);
    const workspaceId = stringField(body, 'workspaceId', 64);
    if (access.memberships.roleOf(signed.userId, workspaceId) === null) throw apiError(403, 'not-a-member');
    const score = body.score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) throw apiError(400, 'invalid-score');
    const comment = optionalString(body, 'comment', MAX_COMMENT) ?? '';
    const now = clock.now();
    const month = localIsoDay(now, METRICS_TIME_ZONE_OFFSET_MINUTES).slice(0, 7);
    // one answer a month per person, whichever workspace it was given in (the INSERT checks it)
    const inserted = insertAnswer.run(signed.userId, month, workspaceId, score, comment, now, signed.userId, month);
    if (inserted.changes === 0) throw apiError(409, 'already-answered-this-month');
    return c.json({ ok: true, month });
  });

  // Whether the card may ask: answered or dismissed this month, in any workspace on any device, means not again this month.
  app.get('/api/satisfaction', (c) => {
    const signed = signedIn(c, access);
    const month = thisMonth();
    return c.json({ ok: true, month, answered: answeredIn.get(signed.userId, month) !== undefined, dismissed: dismissedIn.get(signed.userId, month) !== undefined });
  });

  // "Not now": settles this month for this person everywhere; repeating it changes nothing.
  app.post('/api/satisfaction/dismissal', (c) => {
    const signed = signedIn(c, access);
    const month = thisMonth();
    upsertDismissal.run(signed.userId, month, clock.now());
    return c.json({ ok: true, month });
  });

  function bucketFor(sessionId: string): TokenBucket {
    let bucket = buckets.get(sessionId);
    if (!bucket) {
      if (buckets.size >= MAX_BUCKETS) for (const [key, old] of buckets) if (old.isFull()) buckets.delete(key);
      bucket = createTokenBucket({ ratePerSecond: TELEMETRY_PER_SECOND, burst: TELEMETRY_BURST, clock });
      buckets.set(sessionId, bucket);
    }
    return bucket;
  }
}
