// Every document carries meta.schemaVersion; migrations are pure steps from one version to the next,
// run inside one transaction when a document is opened, and safe to run on two devices at once.
import type * as Y from 'yjs';

/** The version of a document without migrations of its own (each kind's list: migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 1;
const META_ROOT = 'meta';
const VERSION_KEY = 'schemaVersion';

export type Migration = (doc: Y.Doc) => void;

/** Migration from version N to N + 1 sits at index N - 1; version 0 is a document never opened by this app. */
const MIGRATIONS: readonly Migration[] = [];

export function readSchemaVersion(doc: Y.Doc): number {
  const value = doc.getMap(META_ROOT).get(VERSION_KEY);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export type MigrationOutcome = 'current' | 'migrated' | 'newer-than-app';

/**
 * Brings a document up to this app's schema. A document written by a newer app is left untouched
 * (the caller shows "please update") rather than rewritten by code that doesn't know its shape.
 */
export function migrateDocument(doc: Y.Doc, origin: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome {
  const target = migrations.length + 1;
  const version = readSchemaVersion(doc);
  if (version > target) return 'newer-than-app';
  if (version === target) return 'current';
  doc.transact(() => {
    for (let step = Math.max(version, 1); step < target; step++) migrations[step - 1]?.(doc);
    doc.getMap(META_ROOT).set(VERSION_KEY, target);
  }, origin);
  return 'migrated';
}

/** Whether the document now says a newer app wrote it: an open document can be stamped by one at any time. */
export function isNewerThanApp(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS): boolean {
  return readSchemaVersion(doc) > migrations.length + 1;
}

/** Calls `onNewer` once when the document's version rises above this app's (a newer app opened it). */
export function watchNewerVersion(doc: Y.Doc, migrations: readonly Migration[], onNewer: () => void): () => void {
  const meta = doc.getMap(META_ROOT);
  const check = (): void => {
    if (!isNewerThanApp(doc, migrations)) return;
    meta.unobserve(check);
    onNewer();
  };
  meta.observe(check);
  return () => meta.unobserve(check);
}
