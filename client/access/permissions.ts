// What the interface lets this person do in a workspace, from their role there. The rules live in
// shared/domain/access (the relay enforces the same ones); this only turns them into switches for
// the screens. Without a role (signed out, or a workspace only on this device) everything is local
// and editable, as it always was.
import { canAssignRole, canManageMembers, canSeeFinance, roomAccess, ROLES, type Role } from '../../shared/domain/access';

export interface Permissions {
  /** Cards, columns, projects and names can be changed. */
  readonly canEdit: boolean;
  /** Shown as a badge: the relay drops this person's edits. */
  readonly isReadOnly: boolean;
  readonly canManageTeam: boolean;
  readonly canSeeFinance: boolean;
}

export function permissionsFor(role: Role | null): Permissions {
  if (role === null) return { canEdit: true, isReadOnly: false, canManageTeam: false, canSeeFinance: true };
  const writes = roomAccess(role, 'p') === 'write';
  return { canEdit: writes, isReadOnly: !writes, canManageTeam: canManageMembers(role), canSeeFinance: canSeeFinance(role) };
}

/** The roles `actor` may give someone who now has `current` (null: a new person, i.e. an invite). */
export function assignableRoles(actor: Role, current: Role | null): Role[] {
  return ROLES.filter((role) => role === current || canAssignRole(actor, current, role));
}

/** Whether the role of a member whose role is `current` can be changed or removed by `actor` at all. */
export function canChangeMember(actor: Role, current: Role): boolean {
  return ROLES.some((role) => role !== current && canAssignRole(actor, current, role));
}
