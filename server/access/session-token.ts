// Session tokens: `<keyId>.<payload>.<signature>`, base64url, HMAC-SHA256. The token says which
// session it belongs to and when it expires; whether the session was revoked is checked in the
// database on every use, so a revoked device is out at once even with an unexpired token.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningKeys } from './signing-keys';

export interface TokenClaims {
  readonly sessionId: string;
  readonly userId: string;
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown-key' | 'bad-signature' | 'expired' };

const MAX_TOKEN_LENGTH = 1_000;

export function signToken(keys: SigningKeys, claims: TokenClaims): string {
  const key = keys.keys.get(keys.currentId);
  if (!key) throw new Error('no current signing key');
  const payload = Buffer.from(JSON.stringify({ s: claims.sessionId, u: claims.userId, e: claims.expiresAt })).toString('base64url');
  return `${keys.currentId}.${payload}.${sign(key, keys.currentId, payload)}`;
}

export function verifyToken(keys: SigningKeys, token: string, now: number): TokenCheck {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const [keyId, payload, signature, ...rest] = token.split('.');
  if (!keyId || !payload || !signature || rest.length > 0) return { ok: false, reason: 'malformed' };
  const key = keys.keys.get(keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const expected = Buffer.from(sign(key, keyId, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature' };
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

function sign(key: Buffer, keyId: string, payload: string): string {
  return createHmac('sha256', key).update(`${keyId}.${payload}`).digest('base64url');
}

function parseClaims(payload: string): TokenClaims | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { s, u, e } = value as { s?: unknown; u?: unknown; e?: unknown };
    if (typeof s !== 'string' || typeof u !== 'string' || typeof e !== 'number') return null;
    return { sessionId: s, userId: u, expiresAt: e };
  } catch {
    return null;
  }
}
