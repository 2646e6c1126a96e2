// Random secrets for links and ids, and the one-way hash under which link secrets are stored,
// so a copy of the database alone can't be turned into working invitation links.
import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function randomAccessId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
