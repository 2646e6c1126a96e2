import { describe, expect, it } from 'vitest';
import { canAssignRole, canManageMembers, canSeeFinance, isRole, roomAccess, ROLES, type Role } from './access';

describe('room access by role', () => {
  it('matches the role table for every role and room kind', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, [roomAccess(role, 'ws'), roomAccess(role, 'p'), roomAccess(role, 'f')]]));
    expect(table).toEqual({
      owner: ['write', 'write', 'write'],
      admin: ['write', 'write', 'write'],
      manager: ['write', 'write', 'write'],
      member: ['write', 'write', 'none'],
      viewer: ['read', 'read', 'none'],
    });
  });

  it('lets only owners and admins manage people', () => {
    expect(ROLES.filter(canManageMembers)).toEqual(['owner', 'admin']);
    expect(ROLES.filter(canSeeFinance)).toEqual(['owner', 'admin', 'manager']);
  });

  it('never hands out or takes away ownership through role changes', () => {
    expect(canAssignRole('owner', 'member', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('owner', 'viewer', 'admin')).toBe(true);
    expect(canAssignRole('admin', null, 'manager')).toBe(true);
    expect(canAssignRole('manager', 'viewer', 'member')).toBe(false);
  });

  it('recognises only the five roles', () => {
    const candidates: unknown[] = ['owner', 'viewer', 'root', '', null, 3];
    expect(candidates.filter(isRole)).toEqual(['owner', 'viewer'] satisfies Role[]);
  });
});
