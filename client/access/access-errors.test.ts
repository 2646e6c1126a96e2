import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en';
import { zhCN } from '../i18n/messages-zh';
import { accessErrorKey } from './access-errors';

const CODES = [
  'no-token', 'invalid-token', 'expired', 'revoked', 'invalid-claim', 'invalid-link', 'expired-link', 'used-link', 'name-taken',
  'invalid-name', 'weak-password', 'wrong-name-or-password', 'too-many-attempts', 'not-a-member', 'forbidden', 'workspace-taken',
  'project-taken', 'network', 'already-member', 'member-not-found', 'session-not-found', 'invalid-role',
] as const;

describe('accessErrorKey', () => {
  it('has its own message for every code the relay sends, in both languages', () => {
    for (const code of CODES) {
      const key = accessErrorKey(code);
      expect(key).toBe(`access.error.${code}`);
      expect(en[key]).not.toBe('');
      expect(zhCN[key]).not.toBe(en[key]);
    }
  });
  it('falls back to a generic message for an unknown code', () => {
    expect(accessErrorKey('http-502')).toBe('access.error.unknown');
    expect(accessErrorKey('constructor')).toBe('access.error.unknown');
  });
});
