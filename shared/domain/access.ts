// Who may open which room, per role. The relay enforces this (a document can be edited by any
// writer, so nothing about permissions is ever read from a document); the client uses the same
// rules to hide what a person can't open.
import type { RoomKind } from '../schema/room-name';

export const ROLES = ['owner', 'admin', 'manager', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type RoomAccess = 'write' | 'read' | 'none';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Finance rooms (`f.`) are for owner, admin and manager. Admins get finance too: they can change
 * roles, so hiding finance from them would only be theatre. Viewers read work rooms, never write.
 */
export function roomAccess(role: Role, kind: RoomKind): RoomAccess {
  switch (kind) {
    case 'ws':
    case 'p':
      return role === 'viewer' ? 'read' : 'write';
    case 'f':
      return role === 'owner' || role === 'admin' || role === 'manager' ? 'write' : 'none';
  }
}

export function canManageMembers(role: Role): boolean {
  return role === 'owner' || role === 'admin';
}

export function canSeeFinance(role: Role): boolean {
  return roomAccess(role, 'f') !== 'none';
}

/**
 * Whether `actor` may give `target` (currently `currentRole`, or a new person when null) the role `next`.
 * Nobody assigns or removes the owner here (ownership moves by its own flow), and an admin can't
 * raise anyone, themselves included, above admin.
 */
export function canAssignRole(actor: Role, currentRole: Role | null, next: Role): boolean {
  if (!canManageMembers(actor)) return false;
  if (next === 'owner' || currentRole === 'owner') return false;
  return true;
}
