// The health page's one call for team figures: GET /api/metrics/team through the session's relay API
// (client/access/access-api.ts), so the token, "offline" and the relay's error codes work as in every
// other call. Days are checked here first, so a bad range never costs a round trip.
import type { IsoDay } from '../../../shared/iso-day';
import { MAX_TEAM_RANGE_DAYS, type TeamMetricsDay, type TeamMetricsWire } from '../../../shared/domain/metrics/team-metrics-wire';
import { teamRangeDays } from '../../../shared/domain/metrics/team-series';
import type { AccessApi, ApiResult } from '../../access/access-api';
import { useSession } from '../../app/session';

export type { TeamMetricsDay, TeamMetricsWire };
export { MAX_TEAM_RANGE_DAYS };

/**
 * `{ ok: true, value }` or `{ ok: false, error, status }`. Errors: 'network' (status 0: offline or relay
 * unreachable), 'invalid-range' (status 0 when refused here), and the relay's codes: 401 session
 * codes, 403 'not-a-member' / 'not-a-manager', 400 'invalid-workspace' / 'invalid-from' / 'invalid-to' /
 * 'invalid-range' / 'range-too-long' (docs/metrics.md).
 */
export type TeamMetricsResult = ApiResult<TeamMetricsWire>;

export type FetchTeamMetrics = (workspaceId: string, from: IsoDay, to: IsoDay) => Promise<TeamMetricsResult>;

/** Binds the call to a relay API: `makeFetchTeamMetrics(session.access.api)`. */
export function makeFetchTeamMetrics(api: Pick<AccessApi, 'teamMetrics'>): FetchTeamMetrics {
  return async (workspaceId, from, to) => {
    // the relay's own check (shared/domain/metrics/team-series.ts), so both refuse the same ranges
    if (!teamRangeDays(from, to).ok) return { ok: false, error: 'invalid-range', status: 0 };
    return api.teamMetrics(workspaceId, from, to);
  };
}

/** In a component under the session: `const fetchTeamMetrics = useFetchTeamMetrics()`; safe to call later, after awaits. */
export function useFetchTeamMetrics(): FetchTeamMetrics {
  return makeFetchTeamMetrics(useSession().access.api);
}
