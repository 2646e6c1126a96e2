import { describe, expect, it } from 'vitest';
import { AVATAR_COLORS, initialsOf, loadDefaultWorkspace, loadIdentity, makeIdentity, parseIdentity, saveDefaultWorkspace, saveIdentity } from './local-identity';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('identity', () => {
  it('makes a trimmed identity with a palette colour and round-trips it through storage', () => {
    const storage = memoryStorage();
    const identity = makeIdentity('  王工 ', () => 0.99);
    expect(identity.name).toBe('王工');
    expect(identity.color).toBe(AVATAR_COLORS.at(-1));
    saveIdentity(storage, identity);
    expect(loadIdentity(storage)).toEqual(identity);
  });

  it('refuses stored garbage instead of throwing', () => {
    expect(parseIdentity('{')).toBeNull();
    expect(parseIdentity(JSON.stringify({ id: 'x', name: 'a', color: '#000' }))).toBeNull();
    expect(parseIdentity(null)).toBeNull();
  });

  it('remembers only a well-formed default workspace id', () => {
    const storage = memoryStorage();
    expect(loadDefaultWorkspace(storage)).toBeNull();
    storage.setItem('sitebeam.workspace', 'bad id');
    expect(loadDefaultWorkspace(storage)).toBeNull();
    saveDefaultWorkspace(storage, 'abcdefgh12345678' as Parameters<typeof saveDefaultWorkspace>[1]);
    expect(loadDefaultWorkspace(storage)).toBe('abcdefgh12345678');
  });
});

describe('initialsOf', () => {
  it('takes the first character of a Chinese name and initials of a Latin one', () => {
    expect(initialsOf('王建国')).toBe('王');
    expect(initialsOf('ada lovelace')).toBe('AL');
    expect(initialsOf('Bob')).toBe('B');
    expect(initialsOf('   ')).toBe('?');
  });
});
