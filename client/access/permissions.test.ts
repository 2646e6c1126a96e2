import { describe, expect, it } from 'vitest';
import { assignableRoles, canChangeMember, permissionsFor } from './permissions';

describe('permissionsFor', () => {
  it('lets a viewer read only, and shows the read-only badge', () => {
    expect(permissionsFor('viewer')).toEqual({ canEdit: false, isReadOnly: true, canManageTeam: false, canSeeFinance: false });
  });
  it('lets members edit without managing the team', () => {
    expect(permissionsFor('member')).toMatchObject({ canEdit: true, isReadOnly: false, canManageTeam: false });
  });
  it('lets owners and admins manage the team', () => {
    expect(permissionsFor('owner').canManageTeam).toBe(true);
    expect(permissionsFor('admin').canManageTeam).toBe(true);
    expect(permissionsFor('manager').canManageTeam).toBe(false);
  });
  it('keeps everything editable on a device with no role (signed out or a local workspace)', () => {
    expect(permissionsFor(null)).toMatchObject({ canEdit: true, isReadOnly: false });
  });
});

describe('assignableRoles', () => {
  it('offers an owner every role but owner for an invite', () => {
    expect(assignableRoles('owner', null)).toEqual(['admin', 'manager', 'member', 'viewer']);
  });
  it('offers nothing to someone who cannot manage members, except keeping the current role', () => {
    expect(assignableRoles('member', null)).toEqual([]);
    expect(assignableRoles('member', 'viewer')).toEqual(['viewer']);
  });
  it('never lets anyone change the owner', () => {
    expect(canChangeMember('admin', 'owner')).toBe(false);
    expect(canChangeMember('owner', 'owner')).toBe(false);
    expect(canChangeMember('admin', 'member')).toBe(true);
    expect(canChangeMember('member', 'viewer')).toBe(false);
  });
});
