// GET /api/metrics/team?workspace=&from=&to=: a workspace's team figures per China day (see
// shared/domain/metrics/team-series.ts), for its owner, admins and managers only. Activity is read
// over the workspace room and every registered project's `p.` and `f.` rooms; error reports are those
// sent by the workspace's current members (a report names a person, not a workspace); satisfaction is
// the workspace's answers; each day's member count is the one the daily pass recorded (today's: now).
import type { Hono } from 'hono';
import type { Role } from '../../shared/domain/access';
import { buildTeamSeries, teamRangeDays } from '../../shared/domain/metrics/team-series';
import type { TeamMetricsWire } from '../../shared/domain/metrics/team-metrics-wire';
import { localIsoDay } from '../../shared/iso-day';
import type { Access } from '../access/access';
import type { Clock } from '../clock';
import { apiError, signedIn } from '../access/access-http';
import type { MetricsStore } from './metrics-store';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Team figures say how people use the system, so they are for those who run the workspace. */
export function canSeeTeamFigures(role: Role): boolean {
  return role === 'owner' || role === 'admin' || role === 'manager';
}

export function mountTeamMetricsRoutes(app: Hono, access: Access, metrics: MetricsStore, clock: Clock): void {
  app.get('/api/metrics/team', (c) => {
    const signed = signedIn(c, access);
    const workspaceId = c.req.query('workspace') ?? '';
    if (!WORKSPACE_ID_PATTERN.test(workspaceId)) throw apiError(400, 'invalid-workspace');
    const role = access.memberships.roleOf(signed.userId, workspaceId);
    if (role === null) throw apiError(403, 'not-a-member');
    if (!canSeeTeamFigures(role)) throw apiError(403, 'not-a-manager');
    const range = teamRangeDays(c.req.query('from'), c.req.query('to'));
    if (!range.ok) throw apiError(400, range.reason);
    const first = range.days[0];
    const last = range.days[range.days.length - 1];
    if (first === undefined || last === undefined) throw apiError(400, 'invalid-range');

    const members = access.memberships.list(signed.userId, workspaceId) ?? [];
    const rooms = [`ws.${workspaceId}`, ...access.memberships.projectsOf(workspaceId).flatMap((id) => [`p.${id}`, `f.${id}`])];
    const answers = metrics
      .satisfactionAnswers(workspaceId, first.slice(0, 7), last.slice(0, 7))
      .map((answer) => ({ day: localIsoDay(answer.at, METRICS_TIME_ZONE_OFFSET_MINUTES), score: answer.score }));
    const days = buildTeamSeries({
      days: range.days,
      memberCount: members.length,
      today: localIsoDay(clock.now(), METRICS_TIME_ZONE_OFFSET_MINUTES),
      memberHistory: metrics.memberCounts(workspaceId, first, last),
      activity: metrics.activity(rooms, first, last),
      errors: metrics.errorReports(members.map((member) => member.userId), first, last),
      answers,
    });
    return c.json({ ok: true, workspaceId, members: members.length, days } satisfies TeamMetricsWire & { ok: true });
  });
}
