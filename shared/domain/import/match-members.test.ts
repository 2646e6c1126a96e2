import { describe, expect, it } from 'vitest';
import { findMemberByName, matchMembers } from './match-members';

const MEMBERS = [{ id: 'u1', name: 'Wang Wu' }, { id: 'u2', name: '李四' }];

describe('findMemberByName', () => {
  it('finds the member a kept name stands for, ignoring case, spaces and full-width letters, as the importer matches', () => {
    expect(findMemberByName('ｗａｎｇwu', MEMBERS)?.id).toBe('u1');
    expect(findMemberByName('李 四', MEMBERS)?.id).toBe('u2');
    expect(findMemberByName('王五', MEMBERS)).toBeUndefined();
    expect(matchMembers(['ｗａｎｇwu'], MEMBERS).ids.get('ｗａｎｇwu')).toBe('u1');
  });
});
