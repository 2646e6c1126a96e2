// GET /api/workspaces/:workspaceId/points-facts: what the Today view's leaderboard needs from rooms a
// member may not open, for every member of the workspace (viewers too, who see the leaderboard): the
// labour sign-offs of its registered projects as facts without money (who signed which record of
// which day, and when), and the check-ins the relay flagged (check-in-audit.ts), which points ignore.
// A signed-in person who is not a member gets 403; never cached, since it changes.
import type { Hono } from 'hono';
import { isId } from '../../shared/ids';
import type { Access } from '../access/access';
import { apiError, signedIn } from '../access/access-http';
import type { CheckInAudit } from './check-in-audit';
import type { SignOffSource } from './sign-off-source';

export interface PointsFactsRouteDeps {
  readonly access: Access;
  readonly signOffs: SignOffSource;
  readonly checkIns: Pick<CheckInAudit, 'flagsOf'>;
}

export function mountPointsFactsRoutes(app: Hono, deps: PointsFactsRouteDeps): void {
  app.get('/api/workspaces/:workspaceId/points-facts', async (c) => {
    const signed = signedIn(c, deps.access);
    const workspaceId = c.req.param('workspaceId');
    if (!isId(workspaceId)) throw apiError(400, 'invalid-id');
    if (deps.access.memberships.roleOf(signed.userId, workspaceId) === null) throw apiError(403, 'not-a-member');
    const signOffs = await deps.signOffs.signOffsOf(deps.access.memberships.projectsOf(workspaceId));
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, signOffs, flaggedCheckIns: deps.checkIns.flagsOf(workspaceId) });
  });
}
