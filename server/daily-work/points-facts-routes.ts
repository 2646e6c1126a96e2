// GET /api/workspaces/:workspaceId/points-facts: what the Today view's leaderboard needs from rooms a
// member may not open, for every member of the workspace (viewers too, who see the leaderboard): the
// labour sign-offs of its registered projects as facts without money (who signed which record of
// which day, and when; kept up to date by sign-off-facts-job.ts, so a request reads only SQLite), and
// the check-ins the relay flagged (check-in-audit.ts), which points ignore.
// Only sign-offs of the last SIGN_OFF_WINDOW_DAYS are sent: the leaderboard shows this week and this
// month, and older ones can't count in either. A signed-in person who is not a member gets 403; never
// cached, since it changes.
import type { Hono } from 'hono';
import { isId } from '../../shared/ids';
import type { Access } from '../access/access';
import type { Clock } from '../clock';
import { apiError, signedIn } from '../access/access-http';
import type { CheckInAudit } from './check-in-audit';
import type { SignOffFactsJob } from './sign-off-facts-job';

/** Covers this month and a week that began in the previous one, in any time zone. */
export const SIGN_OFF_WINDOW_DAYS = 62;

export interface PointsFactsRouteDeps {
  readonly access: Access;
  readonly clock: Clock;
  readonly signOffs: Pick<SignOffFactsJob, 'signOffsOf'>;
  readonly checkIns: Pick<CheckInAudit, 'flagsOf'>;
}

export function mountPointsFactsRoutes(app: Hono, deps: PointsFactsRouteDeps): void {
  app.get('/api/workspaces/:workspaceId/points-facts', (c) => {
    const signed = signedIn(c, deps.access);
    const workspaceId = c.req.param('workspaceId');
    if (!isId(workspaceId)) throw apiError(400, 'invalid-id');
    if (deps.access.memberships.roleOf(signed.userId, workspaceId) === null) throw apiError(403, 'not-a-member');
    const since = deps.clock.now() - SIGN_OFF_WINDOW_DAYS * 86_400_000;
    const signOffs = deps.signOffs.signOffsOf(deps.access.memberships.projectsOf(workspaceId), since);
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, signOffs, flaggedCheckIns: deps.checkIns.flagsOf(workspaceId) });
  });
}
