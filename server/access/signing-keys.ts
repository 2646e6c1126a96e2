// HMAC keys for session tokens, kept in the data directory (mode 0600). Rotation adds a new current
// key and keeps the old ones for verification until their tokens have expired.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SigningKeys {
  readonly currentId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

interface KeyFile {
  readonly current: string;
  readonly keys: Readonly<Record<string, string>>;
}

const KEY_FILE_NAME = 'session-keys.json';
const KEY_BYTES = 32;

export function loadOrCreateSigningKeys(dataDir: string): SigningKeys {
  const file = path.join(dataDir, KEY_FILE_NAME);
  if (!existsSync(file)) return writeKeys(file, addKey({ current: '', keys: {} }));
  return toSigningKeys(parseKeyFile(readFileSync(file, 'utf8'), file));
}

/** Makes a fresh key current; tokens signed with older keys stay valid until they expire. */
export function rotateSigningKeys(dataDir: string): SigningKeys {
  const file = path.join(dataDir, KEY_FILE_NAME);
  const existing = existsSync(file) ? parseKeyFile(readFileSync(file, 'utf8'), file) : { current: '', keys: {} };
  return writeKeys(file, addKey(existing));
}

function addKey(file: KeyFile): KeyFile {
  const id = randomBytes(6).toString('base64url');
  return { current: id, keys: { ...file.keys, [id]: randomBytes(KEY_BYTES).toString('base64url') } };
}

function writeKeys(file: string, content: KeyFile): SigningKeys {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(content, null, 2), { mode: 0o600 });
  renameSync(temporary, file);
  return toSigningKeys(content);
}

function parseKeyFile(text: string, file: string): KeyFile {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file} is not a key file`);
  const { current, keys } = parsed as { current?: unknown; keys?: unknown };
  if (typeof current !== 'string' || typeof keys !== 'object' || keys === null) throw new Error(`${file} is not a key file`);
  const entries = Object.entries(keys).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (!entries.some(([id]) => id === current)) throw new Error(`${file} has no current key`);
  return { current, keys: Object.fromEntries(entries) };
}

function toSigningKeys(file: KeyFile): SigningKeys {
  const keys = new Map(Object.entries(file.keys).map(([id, key]) => [id, Buffer.from(key, 'base64url')]));
  return { currentId: file.current, keys };
}
