// The relay's first screens with the entries kept in relay.sqlite: a real SQLite store and file, the
// worker's computation run from the store (storedFirstScreen, here on this thread). Every answer served
// from the worker's entry or the kept one marks the row used, so eviction goes by last use.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addScheduleTask, initProject } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { FIRST_SCREEN_USED_PRECISION_MS, openFirstScreenDb, type PersistedFirstScreens } from './first-screen-db';
import { createFirstScreenSource, type FirstScreenSource } from './first-screen-source';
import { storedFirstScreen } from './stored-first-screen';

const ROOM = 'p.keptProject001' as RoomName;
const ORIGIN = { name: 'first-screen-source-kept-test' };
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0);
const META = { connectionId: 'test', ip: '127.0.0.1', at: NOW };

describe('the relay’s first screens kept in relay.sqlite', () => {
  let dir: string;
  let file: string;
  let store: DocStore;
  let kept: PersistedFirstScreens;
  let now: number;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'first-screen-source-kept-'));
    file = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file });
    const opened = openFirstScreenDb(file, createSilentLogger(), { build: 'test-build' });
    if (opened === null) throw new Error('first screens not opened');
    kept = opened;
    now = NOW;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => void updates.push(update));
    initProject(doc, ['To do'], ORIGIN);
    const added = addScheduleTask(doc, { title: 'Dig', parentId: null, after: null, duration: 2, createdBy: null, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    for (const update of updates) await store.append(ROOM, update, META);
    doc.destroy();
  });
  afterEach(async () => {
    kept.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const source = (): FirstScreenSource => createFirstScreenSource({
    heldRoomDoc: async () => null,
    workspaceRoomOf: () => null,
    inWorker: (room, workspaceRoom, at) => storedFirstScreen(store, room, workspaceRoom, at),
    now: () => now,
    logger: createSilentLogger(),
    persisted: kept,
  });
  const usedAt = (): number | undefined => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare<[string], { computed_at: number }>('SELECT computed_at FROM first_screens WHERE room = ?').get(ROOM)?.computed_at;
    } finally {
      db.close();
    }
  };

  it('an answer from memory or from the kept row marks the row used', async () => {
    const first = source();
    expect(await first.entryFor(ROOM)).toMatchObject({ kind: 'entry', computedIn: 'worker' });
    expect(usedAt()).toBe(NOW);

    now = NOW + 2 * FIRST_SCREEN_USED_PRECISION_MS;
    expect(await first.entryFor(ROOM)).toMatchObject({ kind: 'entry', computedIn: 'worker' });
    expect(usedAt()).toBe(now);
    first.dispose();

    // a restarted relay: the kept row answers, and counts as a use too
    const second = source();
    now = NOW + 5 * FIRST_SCREEN_USED_PRECISION_MS;
    expect(await second.entryFor(ROOM)).toMatchObject({ kind: 'entry', computedIn: 'stored' });
    expect(usedAt()).toBe(now);
    second.dispose();
  });
});
