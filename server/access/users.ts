// People known to this relay: a display name (unique, case-insensitive, so it can sign in) and an
// optional scrypt password hash.
import { isId } from '../../shared/ids';
import { hasCharacterNotInAName } from '../../shared/schema/pending-name';
import type { Clock } from '../clock';
import type { AccessDb } from './access-db';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { randomAccessId } from './secrets';

const MAX_NAME_LENGTH = 60;

export type NewUserFailure = 'invalid-name' | 'name-taken' | 'weak-password';
/** A checked, hashed new person, inserted by `insert()` inside the caller's transaction. */
export interface PreparedUser {
  insert(): { readonly ok: true; readonly userId: string } | { readonly ok: false; readonly reason: 'name-taken' };
}
export type NewUser = { readonly ok: true; readonly prepared: PreparedUser } | { readonly ok: false; readonly reason: NewUserFailure };

export interface Users {
  /** Hashing is slow and async; the insert is separate so it can share a transaction with what grants access. */
  prepare(name: string, password: string | null, preferredId?: string | null): Promise<NewUser>;
  checkPassword(name: string, password: string): Promise<string | null>;
  nameOf(userId: string): string | null;
  idOf(name: string): string | null;
}

export function cleanUserName(name: string): string | null {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > 0 && clean.length <= MAX_NAME_LENGTH ? clean : null;
}

export function isAcceptablePassword(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
}

export function createUsers(db: AccessDb, clock: Clock): Users {
  const insert = db.prepare('INSERT INTO users (id, name, password_hash, created_at) VALUES (?, ?, ?, ?)');
  const byName = db.prepare<[string], { id: string; password_hash: string | null }>('SELECT id, password_hash FROM users WHERE name = ?');
  const nameById = db.prepare<[string], { name: string }>('SELECT name FROM users WHERE id = ?');
  return {
    async prepare(name, password, preferredId = null) {
      const clean = cleanUserName(name);
      // teammates see the name on cards and lists; checked only for new people, so nobody already stored is locked out
      if (clean === null || hasCharacterNotInAName(clean)) return { ok: false, reason: 'invalid-name' };
      if (password !== null && !isAcceptablePassword(password)) return { ok: false, reason: 'weak-password' };
      if (byName.get(clean)) return { ok: false, reason: 'name-taken' };
      const hash = password === null ? null : await hashPassword(password);
      return {
        ok: true,
        prepared: {
          insert() {
            if (byName.get(clean)) return { ok: false, reason: 'name-taken' };
            // The device's local person id is kept when free, so cards it assigned offline stay theirs.
            const id = preferredId !== null && isId(preferredId) && nameById.get(preferredId) === undefined ? preferredId : randomAccessId();
            insert.run(id, clean, hash, clock.now());
            return { ok: true, userId: id };
          },
        },
      };
    },
    async checkPassword(name, password) {
      const clean = cleanUserName(name);
      const row = clean === null ? undefined : byName.get(clean);
      if (!row?.password_hash || password.length > MAX_PASSWORD_LENGTH) return null;
      return (await verifyPassword(password, row.password_hash)) ? row.id : null;
    },
    nameOf: (userId) => nameById.get(userId)?.name ?? null,
    idOf(name) {
      const clean = cleanUserName(name);
      return clean === null ? null : byName.get(clean)?.id ?? null;
    },
  };
}
