// The first screens kept in relay.sqlite across restarts: a real SQLite file made by the store, rooms
// written through the schema commands, entries computed from the store as the snapshot worker does.
// A kept entry comes back only while the store holds exactly what it was computed from.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newId, type TaskId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addProject, addScheduleTask, DEFAULT_CALENDAR_SETTINGS, initProject, migrateDocument, setCalendarSettings, updateTask } from '../../shared/schema';
import { projectRoom, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { FIRST_SCREEN_DB_MAX_ROOMS, FIRST_SCREEN_USED_PRECISION_MS, openFirstScreenDb, type PersistedFirstScreens } from './first-screen-db';
import { storedFirstScreen } from './stored-first-screen';

const ORIGIN = { name: 'first-screen-db-test' };
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0); // Wednesday 4 March 2026 in China
const TODAY = '2026-03-04' as IsoDay;
const WS = workspaceRoom('firstScreenWs01');
const META = { connectionId: 'test', ip: '127.0.0.1', at: NOW };

function opened(file: string, build?: string): PersistedFirstScreens {
  const kept = openFirstScreenDb(file, createSilentLogger(), build === undefined ? {} : { build });
  if (kept === null) throw new Error(`first screens not opened on ${file}`);
  return kept;
}

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Appends what `change` writes to `doc` as one stored update of `room`. */
async function write(store: DocStore, room: RoomName, doc: Y.Doc, change: () => void): Promise<void> {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  for (const update of updates) await store.append(room, update, META);
}

describe('first screens kept in relay.sqlite', () => {
  let dir: string;
  let file: string;
  let store: DocStore;
  let kept: PersistedFirstScreens;
  let workspace: Y.Doc;
  let project: Y.Doc;
  let room: RoomName;
  let taskId: TaskId;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'first-screen-db-'));
    file = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file });
    kept = opened(file);
    workspace = new Y.Doc();
    let projectId = '';
    await write(store, WS, workspace, () => {
      migrateDocument(workspace, ORIGIN);
      projectId = value(addProject(workspace, { name: 'Harbour', createdBy: newId<'user'>(), now: NOW }, ORIGIN));
    });
    room = projectRoom(projectId);
    project = new Y.Doc();
    await write(store, room, project, () => {
      initProject(project, ['To do'], ORIGIN);
      taskId = value(addScheduleTask(project, { title: 'Dig', parentId: null, after: null, duration: 3, createdBy: null, now: NOW }, ORIGIN));
    });
  });
  afterEach(async () => {
    kept.close();
    await store.close();
    workspace.destroy();
    project.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  const computeAndKeep = async (workspaceRoomOfProject: RoomName | null = WS): Promise<string> => {
    const screen = await storedFirstScreen(store, room, workspaceRoomOfProject, NOW);
    if (screen.entry === null) throw new Error('no entry computed');
    kept.save(room, screen, NOW);
    return screen.entry;
  };

  it('gives back the entry while neither room changed, also after a compaction, and after reopening the file', async () => {
    const entry = await computeAndKeep();
    expect(kept.find(room, WS, TODAY)).toBe(entry);

    const stored = await store.load(room);
    const merged = Y.mergeUpdates(stored.updates.slice());
    await store.compact(room, merged, stored.lastSeq);
    expect(kept.find(room, WS, TODAY)).toBe(entry);

    kept.close();
    await store.close();
    store = createSqliteStore({ file });
    kept = opened(file);
    expect(kept.find(room, WS, TODAY)).toBe(entry);
  });

  it('gives nothing once the project room or its workspace room holds anything newer', async () => {
    await computeAndKeep();
    await write(store, room, project, () => value(updateTask(project, taskId, { title: 'Dig trench' }, NOW, ORIGIN)));
    expect(kept.find(room, WS, TODAY)).toBeNull();

    const fresh = await computeAndKeep();
    expect(kept.find(room, WS, TODAY)).toBe(fresh);
    await write(store, WS, workspace, () => value(setCalendarSettings(workspace, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-05' as IsoDay] }, ORIGIN)));
    expect(kept.find(room, WS, TODAY)).toBeNull();
  });

  it('gives nothing for another workspace, another day when it counted from today, or another format', async () => {
    await computeAndKeep();
    expect(kept.find(room, workspaceRoom('otherWorkspace1'), TODAY)).toBeNull();
    expect(kept.find(room, null, TODAY)).toBeNull();
    // the workspace lists the project: its created day, not today, counts, so tomorrow still holds
    expect(kept.find(room, WS, '2026-03-05' as IsoDay)).not.toBeNull();

    // without a workspace the project starts today: the entry holds only today
    const today = await computeAndKeep(null);
    expect(kept.find(room, null, TODAY)).toBe(today);
    expect(kept.find(room, null, '2026-03-05' as IsoDay)).toBeNull();

    const db = new Database(file);
    db.prepare("UPDATE first_screens SET format = 'an-older-relay'").run();
    db.close();
    expect(kept.find(room, null, TODAY)).toBeNull();
  });

  it('gives nothing of an entry another build kept, and the entry this build computes replaces it', async () => {
    kept.close();
    kept = opened(file, 'release-a');
    const entry = await computeAndKeep();
    expect(kept.find(room, WS, TODAY)).toBe(entry);

    kept.close();
    kept = opened(file, 'release-b');
    expect(kept.find(room, WS, TODAY)).toBeNull();
    const again = await computeAndKeep();
    expect(kept.find(room, WS, TODAY)).toBe(again);

    kept.close();
    kept = opened(file, 'release-a');
    expect(kept.find(room, WS, TODAY)).toBeNull();
  });

  it('never replaces a newer entry with one computed from an older state', async () => {
    const older = await storedFirstScreen(store, room, WS, NOW);
    await write(store, room, project, () => value(updateTask(project, taskId, { title: 'Dig trench' }, NOW, ORIGIN)));
    const newer = await computeAndKeep();

    kept.save(room, older, NOW + 1);

    expect(kept.find(room, WS, TODAY)).toBe(newer);
  });

  it(`keeps at most ${FIRST_SCREEN_DB_MAX_ROOMS} projects, the least recently used going first`, async () => {
    const screen = await storedFirstScreen(store, room, WS, NOW);
    kept.save(room, screen, NOW);
    for (let index = 0; index < FIRST_SCREEN_DB_MAX_ROOMS; index++) {
      kept.save(projectRoom(`otherProject${String(index).padStart(4, '0')}`), screen, NOW + 1 + index);
    }
    const db = new Database(file, { readonly: true });
    const rows = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM first_screens').get();
    db.close();
    expect(rows?.n).toBe(FIRST_SCREEN_DB_MAX_ROOMS);
    expect(kept.find(room, WS, TODAY)).toBeNull();
  });

  it('evicts by last use: an entry served again outlasts entries computed after it', async () => {
    const screen = await storedFirstScreen(store, room, WS, NOW);
    kept.save(room, screen, NOW);
    const other = (index: number): RoomName => projectRoom(`otherProject${String(index).padStart(4, '0')}`);
    for (let index = 0; index < FIRST_SCREEN_DB_MAX_ROOMS - 1; index++) kept.save(other(index), screen, NOW + 1 + index);
    const servedAt = NOW + FIRST_SCREEN_USED_PRECISION_MS + FIRST_SCREEN_DB_MAX_ROOMS;

    kept.noteUsed(room, servedAt);
    kept.save(other(FIRST_SCREEN_DB_MAX_ROOMS), screen, servedAt + 1);

    const db = new Database(file, { readonly: true });
    const rooms = db.prepare<[], { room: string }>('SELECT room FROM first_screens').all().map((row) => row.room);
    db.close();
    expect(rooms).toHaveLength(FIRST_SCREEN_DB_MAX_ROOMS);
    expect(rooms).toContain(room);
    expect(rooms).not.toContain(other(0));
    expect(kept.find(room, WS, TODAY)).toBe(screen.entry);
  });

  it('a use within a minute of the last is not written again', async () => {
    const screen = await storedFirstScreen(store, room, WS, NOW);
    kept.save(room, screen, NOW);
    kept.noteUsed(room, NOW + FIRST_SCREEN_USED_PRECISION_MS - 1);
    const usedAt = (): number | undefined => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare<[string], { computed_at: number }>('SELECT computed_at FROM first_screens WHERE room = ?').get(room);
      db.close();
      return row?.computed_at;
    };
    expect(usedAt()).toBe(NOW);
    kept.noteUsed(room, NOW + FIRST_SCREEN_USED_PRECISION_MS + 1);
    expect(usedAt()).toBe(NOW + FIRST_SCREEN_USED_PRECISION_MS + 1);
  });

  it('once closed, finds nothing and keeps nothing, without throwing', async () => {
    const screen = await storedFirstScreen(store, room, WS, NOW);
    kept.close();
    expect(() => kept.save(room, screen, NOW)).not.toThrow();
    expect(() => kept.noteUsed(room, NOW)).not.toThrow();
    expect(kept.find(room, WS, TODAY)).toBeNull();
  });
});
