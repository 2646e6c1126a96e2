import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteLabour, recordLabour } from './finance-labour-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { isNewerThanApp, migrateDocument, readSchemaVersion, watchNewerVersion } from './meta';
import { migrationsFor, schemaVersionOf } from './migrations';
import { financeRoom, projectRoom, workspaceRoom } from './room-name';
import { ALICE, NOW, ORIGIN } from './test-fixtures';
import type { WorkerId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { fen } from '../money';

const F = financeRoom('proj_Tower00001');

describe('schema versions per kind of document', () => {
  it('a finance room is at version 2 (labour tombstones); work and workspace rooms stay at 1', () => {
    expect(schemaVersionOf('f')).toBe(2);
    expect(schemaVersionOf('p')).toBe(1);
    expect(schemaVersionOf('ws')).toBe(1);
    const project = new Y.Doc();
    expect(migrateDocument(project, ORIGIN, migrationsFor(projectRoom('proj_Tower00001')))).toBe('migrated');
    expect(readSchemaVersion(project)).toBe(1);
    expect(migrateDocument(new Y.Doc(), ORIGIN, migrationsFor(workspaceRoom('ws_Site000001')))).toBe('migrated');
  });

  it('finance 1 → 2 changes no record: labour, deleted or not, reads exactly as before', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 1);
    const input = {
      workerId: 'worker_Wang00001' as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
      dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: '', taskId: null,
    } as const;
    const kept = recordLabour(doc, input, ALICE, NOW, ORIGIN);
    const gone = recordLabour(doc, input, ALICE, NOW, ORIGIN);
    if (!kept.ok || !gone.ok) throw new Error('not recorded');
    deleteLabour(doc, gone.value, ALICE, NOW, ORIGIN);
    const before = { records: readFinance(doc), stored: financeRoots(doc).labourRecords.toJSON() };
    expect(migrateDocument(doc, ORIGIN, migrationsFor(F))).toBe('migrated');
    expect(readSchemaVersion(doc)).toBe(2);
    expect({ records: readFinance(doc), stored: financeRoots(doc).labourRecords.toJSON() }).toEqual(before);
    expect(migrateDocument(doc, ORIGIN, migrationsFor(F))).toBe('current');
  });

  it('a build of finance version 1 sees a migrated finance room as newer than itself and leaves it untouched', () => {
    const doc = new Y.Doc();
    migrateDocument(doc, ORIGIN, migrationsFor(F));
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateDocument(doc, ORIGIN, [])).toBe('newer-than-app');
    expect(isNewerThanApp(doc, [])).toBe(true);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('an open room stamped by a newer app is reported once', () => {
    const [here, newer] = [new Y.Doc(), new Y.Doc()];
    migrateDocument(here, ORIGIN, migrationsFor(F));
    let told = 0;
    const stop = watchNewerVersion(here, migrationsFor(F), () => void (told += 1));
    here.getMap('meta').set('note', 'unrelated');
    expect(told).toBe(0);
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(here));
    newer.getMap('meta').set('schemaVersion', 3);
    Y.applyUpdate(here, Y.encodeStateAsUpdate(newer));
    here.getMap('meta').set('note', 'again');
    expect(told).toBe(1);
    stop();
  });
});
