import { describe, expect, it } from 'vitest';
import { checkPersonForm, describeDevice } from './person-form';

describe('checkPersonForm', () => {
  it('accepts a trimmed name with no password when the password is optional', () => {
    expect(checkPersonForm('  王工 ', '', false)).toEqual({ ok: true, name: '王工', password: undefined });
  });
  it('refuses an empty name and a password outside 8 to 200 characters', () => {
    expect(checkPersonForm('   ', '', false)).toEqual({ ok: false, error: 'access.error.invalid-name' });
    expect(checkPersonForm('Ann', 'short', false)).toEqual({ ok: false, error: 'access.error.weak-password' });
    expect(checkPersonForm('Ann', 'x'.repeat(201), false)).toEqual({ ok: false, error: 'access.error.weak-password' });
    expect(checkPersonForm('Ann', 'long enough', false)).toEqual({ ok: true, name: 'Ann', password: 'long enough' });
  });
  it('requires a password for signing in', () => {
    expect(checkPersonForm('Ann', '', true).ok).toBe(false);
  });
});

describe('describeDevice', () => {
  it('names the browser and system', () => {
    expect(describeDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36')).toBe('Chrome · Android');
    expect(describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari · iOS');
    expect(describeDevice('curl/8')).toBe('Browser');
  });
});
