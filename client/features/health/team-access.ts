// Who sees team health: the people who run the team (owner, admin, manager), as the relay's
// GET /api/metrics/team decides; everyone else is told so and no request is made.
import type { Role } from '../../../shared/domain/access';

export function canSeeTeamHealth(role: Role | null): boolean {
  return role === 'owner' || role === 'admin' || role === 'manager';
}
