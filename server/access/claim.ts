// Claiming a new relay: with no owner yet, each start makes a one-time secret (logged as a link);
// whoever opens it first becomes the server's owner. Scripted setups create the owner directly.
import type { Clock } from '../clock';
import type { AccessDb } from './access-db';
import { hashSecret, randomSecret } from './secrets';

export interface Claims {
  isClaimed(): boolean;
  ownerId(): string | null;
  /** A fresh claim secret (older ones stop working), or null once the server has an owner. */
  openClaim(): string | null;
  /** True when `secret` is the live claim secret; call inside the transaction that creates the owner. */
  consume(secret: string): boolean;
  setOwner(userId: string): void;
}

export function createClaims(db: AccessDb, clock: Clock): Claims {
  const selectOwner = db.prepare<[], { user_id: string }>('SELECT user_id FROM server_owner WHERE singleton = 1');
  const clearSecrets = db.prepare('DELETE FROM claim_secrets');
  const insertSecret = db.prepare('INSERT INTO claim_secrets (secret_hash, created_at) VALUES (?, ?)');
  const deleteSecret = db.prepare('DELETE FROM claim_secrets WHERE secret_hash = ?');
  const insertOwner = db.prepare('INSERT INTO server_owner (singleton, user_id) VALUES (1, ?)');
  const ownerId = (): string | null => selectOwner.get()?.user_id ?? null;
  return {
    isClaimed: () => ownerId() !== null,
    ownerId,
    openClaim() {
      if (ownerId() !== null) return null;
      const secret = randomSecret();
      db.transaction(() => {
        clearSecrets.run();
        insertSecret.run(hashSecret(secret), clock.now());
      })();
      return secret;
    },
    consume(secret) {
      if (ownerId() !== null || secret.length > 200) return false;
      return deleteSecret.run(hashSecret(secret)).changes > 0;
    },
    setOwner(userId) {
      insertOwner.run(userId);
      clearSecrets.run();
    },
  };
}
