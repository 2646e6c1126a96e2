// Who sees what of team health: the people who run the team (owner, admin, manager) see the figures,
// as the relay's GET /api/metrics/team decides; survey comments, free text by named people, only the
// owner and admins, as GET /api/metrics/comments decides. Everyone else is told so and no request is made.
import { canManageMembers, type Role } from '../../../shared/domain/access';

export function canSeeTeamHealth(role: Role | null): boolean {
  return role === 'owner' || role === 'admin' || role === 'manager';
}

export function canSeeSurveyComments(role: Role | null): boolean {
  return role !== null && canManageMembers(role);
}
