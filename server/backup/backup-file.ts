// Full backups of a relay's data directory: consistent copies of its SQLite files (taken with
// VACUUM INTO, safe while the relay runs) and the token signing keys, in one file:
//   "SITEBEAM-BACKUP 1\n" · JSON manifest line · the files' bytes back to back.
// Each file carries a SHA-256, so a truncated or altered backup is refused rather than restored.
// Besides the rooms (relay.sqlite) and people (access.sqlite): the robots' settings, webhooks and what
// they last sent (robots.sqlite, which nothing can rebuild), and daily-work.sqlite (labour sign-off
// facts and check-in flags, each with the seq of relay.sqlite it is up to date with). daily-work.sqlite
// is copied BEFORE relay.sqlite: its jobs only record seqs already stored, so its copy never claims a
// seq the copy of relay.sqlite doesn't hold, and a restored relay catches up from there. Copied after,
// it could, and updates stored after a restore under those seqs would never be checked or followed.
// metrics.sqlite (snapshots and activity over time) is not in a backup: after a restore the health
// charts start again from the restore.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const MAGIC = 'SITEBEAM-BACKUP 1\n';
/** In copy order: daily-work.sqlite before relay.sqlite (see above). */
const SQLITE_FILES = ['daily-work.sqlite', 'relay.sqlite', 'access.sqlite', 'robots.sqlite'] as const;
const PLAIN_FILES = ['session-keys.json'] as const;
const BACKUP_FILES: readonly string[] = [...SQLITE_FILES, ...PLAIN_FILES];

interface ManifestEntry {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly createdAt: string;
  readonly files: readonly ManifestEntry[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export function createBackup(dataDir: string, now: Date): Buffer {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sitebeam-backup-'));
  try {
    const parts: { name: string; data: Buffer }[] = [];
    for (const name of SQLITE_FILES) {
      const source = path.join(dataDir, name);
      if (!existsSync(source)) continue;
      const copy = path.join(scratch, name);
      const db = new Database(source, { readonly: true, fileMustExist: true });
      try {
        db.prepare('VACUUM INTO ?').run(copy);
      } finally {
        db.close();
      }
      parts.push({ name, data: readFileSync(copy) });
    }
    for (const name of PLAIN_FILES) {
      const source = path.join(dataDir, name);
      if (existsSync(source)) parts.push({ name, data: readFileSync(source) });
    }
    const manifest: Manifest = { createdAt: now.toISOString(), files: parts.map(({ name, data }) => ({ name, bytes: data.length, sha256: sha256(data) })) };
    return Buffer.concat([Buffer.from(MAGIC), Buffer.from(`${JSON.stringify(manifest)}\n`), ...parts.map((part) => part.data)]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes a backup's files into an empty data directory (a relay must not be running on it). */
export function restoreBackup(backup: Buffer, dataDir: string): Manifest {
  const { manifest, files } = readBackup(backup);
  const existing = BACKUP_FILES.filter((name) => existsSync(path.join(dataDir, name)));
  if (existing.length > 0) throw new BackupError(`${dataDir} is not empty (${existing.join(', ')}); restore into an empty data directory`);
  for (const [name, data] of files) writeFileSync(path.join(dataDir, name), data, { mode: name === 'session-keys.json' ? 0o600 : 0o644 });
  return manifest;
}

export function readBackup(backup: Buffer): { manifest: Manifest; files: Map<string, Buffer> } {
  if (backup.subarray(0, MAGIC.length).toString() !== MAGIC) throw new BackupError('not a SiteBeam backup file');
  const manifestEnd = backup.indexOf(0x0a, MAGIC.length);
  if (manifestEnd < 0) throw new BackupError('backup manifest is cut off');
  const manifest = parseManifest(backup.subarray(MAGIC.length, manifestEnd).toString('utf8'));
  const files = new Map<string, Buffer>();
  let offset = manifestEnd + 1;
  for (const entry of manifest.files) {
    const data = backup.subarray(offset, offset + entry.bytes);
    if (data.length !== entry.bytes || sha256(data) !== entry.sha256) throw new BackupError(`${entry.name} in the backup is damaged or cut off`);
    files.set(entry.name, Buffer.from(data));
    offset += entry.bytes;
  }
  if (offset !== backup.length) throw new BackupError('backup has unexpected trailing bytes');
  return { manifest, files };
}

function parseManifest(text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('backup manifest is not JSON');
  }
  const files = (value as { files?: unknown } | null)?.files;
  const createdAt = (value as { createdAt?: unknown } | null)?.createdAt;
  if (!Array.isArray(files) || typeof createdAt !== 'string') throw new BackupError('backup manifest is malformed');
  const checked = files.map((file: unknown): ManifestEntry => {
    const { name, bytes, sha256: hash } = (file ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !BACKUP_FILES.includes(name) || typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0 || typeof hash !== 'string') {
      throw new BackupError('backup manifest lists an unexpected file');
    }
    return { name, bytes, sha256: hash };
  });
  return { createdAt, files: checked };
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
