// The access service: composes people, sessions, links, memberships and claiming over one SQLite
// file, and tells listeners when someone's access shrank so their open sockets can be closed.
import path from 'node:path';
import type { Role } from '../../shared/domain/access';
import type { Clock } from '../clock';
import { openAccessDb, type AccessDb } from './access-db';
import { createClaims, type Claims } from './claim';
import { createLinks, type LinkFailure, type Links } from './links';
import { createMemberships, type Memberships } from './memberships';
import { createSessions, type SessionGrant, type Sessions } from './sessions';
import { loadOrCreateSigningKeys } from './signing-keys';
import { createUsers, type NewUserFailure, type Users } from './users';

/** Who lost or changed access: their sockets are re-checked, and closed if they may no longer be open. */
export type AccessChange = { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'session'; readonly sessionId: string };

export type JoinFailure = LinkFailure | NewUserFailure | 'invalid-claim' | 'already-member';
export type Joined = { readonly ok: true; readonly grant: SessionGrant } | { readonly ok: false; readonly reason: JoinFailure };

export interface NewPerson {
  /** The id this device already uses for its person in documents; used when not taken. */
  readonly preferredId?: string | null;
  readonly name: string;
  readonly password: string | null;
  readonly device: string;
}

export interface Access {
  readonly users: Users;
  readonly sessions: Sessions;
  readonly links: Links;
  readonly memberships: Memberships;
  readonly claims: Claims;
  claim(secret: string, person: NewPerson): Promise<Joined>;
  /** Creates the owner without a claim link (command line); fails once an owner exists. */
  createOwner(person: NewPerson): Promise<Joined>;
  redeemLink(link: string, person: NewPerson): Promise<Joined>;
  onChange(listener: (change: AccessChange) => void): () => void;
  notify(change: AccessChange): void;
  close(): void;
}

export function createAccess(options: { readonly dataDir: string; readonly clock: Clock }): Access {
  const db: AccessDb = openAccessDb(path.join(options.dataDir, 'access.sqlite'));
  const keys = loadOrCreateSigningKeys(options.dataDir);
  const users = createUsers(db, options.clock);
  const sessions = createSessions(db, keys, options.clock);
  const links = createLinks(db, options.clock);
  const memberships = createMemberships(db, options.clock);
  const claims = createClaims(db, options.clock);
  const listeners = new Set<(change: AccessChange) => void>();

  const becomeOwner = async (person: NewPerson, gate: () => boolean): Promise<Joined> => {
    const prepared = await users.prepare(person.name, person.password, person.preferredId ?? null);
    if (!prepared.ok) return prepared;
    return transactOrRollBack(db, (): Joined => {
      if (!gate()) return { ok: false, reason: 'invalid-claim' };
      const inserted = prepared.prepared.insert();
      if (!inserted.ok) throw new RollBack(inserted.reason);
      claims.setOwner(inserted.userId);
      return { ok: true, grant: sessions.issue(inserted.userId, person.device) };
    });
  };

  return {
    users, sessions, links, memberships, claims,
    claim: (secret, person) => becomeOwner(person, () => claims.consume(secret)),
    createOwner: (person) => becomeOwner(person, () => !claims.isClaimed()),
    async redeemLink(link, person) {
      const peeked = links.peek(link);
      if (!peeked.ok) return peeked;
      if (peeked.grant.kind === 'device') {
        const used = links.consume(link);
        if (!used.ok || used.grant.kind !== 'device') return used.ok ? { ok: false, reason: 'invalid-link' } : used;
        return { ok: true, grant: sessions.issue(used.grant.userId, person.device) };
      }
      const prepared = await users.prepare(person.name, person.password, person.preferredId ?? null);
      if (!prepared.ok) return prepared;
      return transactOrRollBack(db, (): Joined => {
        const consumed = links.consume(link);
        if (!consumed.ok) return consumed;
        if (consumed.grant.kind !== 'invite') return { ok: false, reason: 'invalid-link' };
        const inserted = prepared.prepared.insert();
        if (!inserted.ok) throw new RollBack(inserted.reason);
        memberships.addMember(consumed.grant.workspaceId, inserted.userId, consumed.grant.role satisfies Role);
        return { ok: true, grant: sessions.issue(inserted.userId, person.device) };
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify(change) {
      for (const listener of listeners) listener(change);
    },
    close: () => db.close(),
  };
}

/** Thrown inside a transaction to undo what it already wrote (a used link or claim) and report why. */
class RollBack extends Error {
  constructor(readonly reason: JoinFailure) {
    super(reason);
  }
}

function transactOrRollBack(db: AccessDb, body: () => Joined): Joined {
  try {
    return db.transaction(body).immediate();
  } catch (error) {
    if (error instanceof RollBack) return { ok: false, reason: error.reason };
    throw error;
  }
}
