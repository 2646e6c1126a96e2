// The worker's rebuilt-document cache over a real relay.sqlite, read as the worker reads it
// (openStoredRoomReader): a settled room's snapshot and the alert check after it share one rebuild
// of each room and give the same answers as fresh rebuilds; a new update rebuilds, a compaction
// doesn't; the least recently used room goes past the limits.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addProject, addTask, initProject, readColumns, updateTaskSchedule } from '../../shared/schema';
import { projectRoom, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { readAlertCandidates, type AlertCandidatesRequest } from '../notify/alert-candidates';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { makeRoomDocCache, type CachedRoomDocs } from './room-doc-cache';
import { snapshotFigures } from './snapshot-figures';
import { openStoredRoomReader, type StoredRoomReader } from './stored-room-reader';

const ORIGIN = { name: 'room-doc-cache-test' };
const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };
const WORKSPACE = 'cacheWorkspace1';
const NOW = Date.UTC(2026, 11, 3, 2, 0, 0); // Thursday 10:00 in China

describe('room document cache', () => {
  let dir = '';
  let store: DocStore;
  let reader: StoredRoomReader;
  let cache: CachedRoomDocs;
  let project: RoomName;
  let board: Y.Doc;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'room-doc-cache-'));
    const file = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file });
    const ws = new Y.Doc();
    const added = addProject(ws, { name: 'Harbour depot', createdBy: 'user_CacheTest001' as UserId, now: 0 }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    await store.append(workspaceRoom(WORKSPACE), Y.encodeStateAsUpdate(ws), META);
    project = projectRoom(added.value);
    board = new Y.Doc();
    initProject(board, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(board);
    if (!todo) throw new Error('no column');
    const slab = addTask(board, { columnId: todo.id, title: 'Pour slab', createdBy: null, now: 0 }, ORIGIN);
    if (!slab.ok) throw new Error(slab.reason);
    updateTaskSchedule(board, slab.value, { start: '2026-11-23' as IsoDay, duration: 5 }, 0, ORIGIN);
    await store.append(project, Y.encodeStateAsUpdate(board), META);
    reader = openStoredRoomReader(file);
    cache = makeRoomDocCache(reader);
  });
  afterEach(async () => {
    cache.clear();
    reader.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const alertRequest = (): AlertCandidatesRequest => ({ kind: 'late-critical', room: project, workspaces: [{ workspaceId: WORKSPACE, todays: ['2026-12-03' as IsoDay] }] });

  it('a snapshot and the alert check after it rebuild each room once, with the same answers as fresh rebuilds', async () => {
    const figures = await snapshotFigures(cache, project, NOW, workspaceRoom(WORKSPACE));
    expect(cache.rebuilds()).toBe(2); // the workspace room (calendar) and the project room
    const candidates = await readAlertCandidates(cache, alertRequest());
    expect(cache.rebuilds()).toBe(2); // both read again, neither rebuilt
    expect(figures).toEqual(await snapshotFigures(store, project, NOW, workspaceRoom(WORKSPACE)));
    expect(candidates).toEqual(await readAlertCandidates(store, alertRequest()));
    expect(candidates[0]?.items['2026-12-03']).toHaveLength(1); // the late slab: a real answer, not an empty one
  });

  it('rebuilds a room after a new update, not after a compaction, and reads the new state', async () => {
    await snapshotFigures(cache, project, NOW);
    expect(cache.rebuilds()).toBe(1);
    const before = Y.encodeStateVector(board);
    const [todo] = readColumns(board);
    if (!todo) throw new Error('no column');
    addTask(board, { columnId: todo.id, title: 'Tie rebar', createdBy: null, now: 0 }, ORIGIN);
    await store.append(project, Y.encodeStateAsUpdate(board, before), META);
    expect((await snapshotFigures(cache, project, NOW))?.tasks?.total).toBe(2);
    expect(cache.rebuilds()).toBe(2);
    await store.compact(project, Y.encodeStateAsUpdate(board), (await store.load(project)).lastSeq);
    expect((await snapshotFigures(cache, project, NOW))?.tasks?.total).toBe(2);
    expect(cache.rebuilds()).toBe(2);
  });

  it('keeps at most maxRooms rooms, dropping the least recently used, and nothing over maxStoredBytes', async () => {
    const small = makeRoomDocCache(reader, { maxRooms: 1 });
    await snapshotFigures(small, project, NOW, workspaceRoom(WORKSPACE)); // ws, then project: the ws room goes
    await snapshotFigures(small, project, NOW);
    expect(small.rebuilds()).toBe(2);
    await snapshotFigures(small, project, NOW, workspaceRoom(WORKSPACE));
    expect(small.rebuilds()).toBe(4); // the ws room again, which pushed the project out
    small.clear();
    const tiny = makeRoomDocCache(reader, { maxStoredBytes: 10 });
    await snapshotFigures(tiny, project, NOW);
    await snapshotFigures(tiny, project, NOW);
    expect(tiny.rebuilds()).toBe(2);
  });
});
