import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, migrateDocument, readSchemaVersion } from './meta';

describe('schema version and migrations', () => {
  it('stamps a new document with the current version', () => {
    const doc = new Y.Doc();
    expect(readSchemaVersion(doc)).toBe(0);
    expect(migrateDocument(doc, null)).toBe('migrated');
    expect(readSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrateDocument(doc, null)).toBe('current');
  });

  it('runs each step once, in order, from the stored version', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 1);
    const steps: string[] = [];
    const migrations = [
      (d: Y.Doc) => { steps.push('1→2'); d.getMap('meta').set('renamed', true); },
      () => { steps.push('2→3'); },
    ];
    expect(migrateDocument(doc, null, migrations)).toBe('migrated');
    expect(steps).toEqual(['1→2', '2→3']);
    expect(readSchemaVersion(doc)).toBe(3);
    expect(doc.getMap('meta').get('renamed')).toBe(true);
  });

  it('leaves a document from a newer app untouched', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 99);
    expect(migrateDocument(doc, null)).toBe('newer-than-app');
    expect(readSchemaVersion(doc)).toBe(99);
  });

  it('treats a corrupt version as a document never migrated', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 'one');
    expect(readSchemaVersion(doc)).toBe(0);
  });
});
