import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { threadId as mainThreadId } from 'node:worker_threads';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProject, addTask, initProject, readColumns, updateTaskSchedule } from '../../shared/schema';
import { projectRoom, workspaceRoom } from '../../shared/schema/room-name';
import type { ColumnId, UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { readAlertCandidates, type AlertCandidatesRequest } from '../notify/alert-candidates';
import { createLogger, type Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { createSnapshotComputer } from './snapshot-computer';
import { snapshotFigures } from './snapshot-figures';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from './snapshot-worker-pool';

const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };
const ORIGIN = { name: 'snapshot-worker-test' };
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0);
const ROOM = projectRoom('workerRoom01');

function recordingLogger(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { logger, messages };
}

describe('snapshot worker', () => {
  let dir = '';
  let storeFile = '';
  let store: DocStore;
  let pool: SnapshotWorkerPool | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-worker-'));
    storeFile = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file: storeFile });
    const doc = new Y.Doc();
    initProject(doc, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(doc).map((column) => column.id) as [ColumnId];
    for (const title of ['pour slab', 'tie rebar', 'order steel']) addTask(doc, { columnId: todo, title, createdBy: null, now: NOW }, ORIGIN);
    // several log entries and a compaction, as a live room has
    await store.append(ROOM, Y.encodeStateAsUpdate(doc), META);
    const stored = await store.load(ROOM);
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc), stored.lastSeq);
    addTask(doc, { columnId: todo, title: 'survey', createdBy: null, now: NOW }, ORIGIN);
    await store.append(ROOM, Y.encodeStateAsUpdate(doc), META);
  });
  afterEach(async () => {
    await pool?.close();
    pool = null;
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('computes a snapshot in its own thread from the store file, the same figures as the relay thread would', async () => {
    const { logger } = recordingLogger();
    pool = createSnapshotWorkerPool({ storeFile, logger });
    const computer = createSnapshotComputer({ store, pool, logger });
    const figures = await computer.figures(ROOM, NOW);
    expect(figures).toEqual(await snapshotFigures(store, ROOM, NOW));
    expect(figures?.tasks?.total).toBe(4);
    expect(computer.computations()).toEqual({ worker: 1, main: 0 });
    const workerThread = pool.threadId();
    expect(workerThread).not.toBeNull();
    expect(workerThread).not.toBe(mainThreadId);
    // the same worker serves the next snapshot
    await computer.figures(ROOM, NOW);
    expect(pool.threadId()).toBe(workerThread);
    expect(pool.started()).toBe(1);
  });

  it('a room’s snapshot and the alert check after it share one rebuild of each room in the worker, with the same answers', async () => {
    const ws = new Y.Doc();
    const added = addProject(ws, { name: 'Harbour depot', createdBy: 'user_WorkerTest01' as UserId, now: 0 }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    const workspace = workspaceRoom('workerWorkspace1');
    await store.append(workspace, Y.encodeStateAsUpdate(ws), META);
    const project = projectRoom(added.value);
    const board = new Y.Doc();
    initProject(board, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(board).map((column) => column.id) as [ColumnId];
    const slab = addTask(board, { columnId: todo, title: 'pour slab', createdBy: null, now: NOW }, ORIGIN);
    if (!slab.ok) throw new Error(slab.reason);
    updateTaskSchedule(board, slab.value, { start: '2026-11-16' as IsoDay, duration: 3 }, NOW, ORIGIN);
    await store.append(project, Y.encodeStateAsUpdate(board), META);
    const request: AlertCandidatesRequest = { kind: 'late-critical', room: project, workspaces: [{ workspaceId: 'workerWorkspace1', todays: ['2026-11-23' as IsoDay] }] };

    pool = createSnapshotWorkerPool({ storeFile, logger: recordingLogger().logger });
    expect(await pool.compute(project, NOW, workspace)).toEqual(await snapshotFigures(store, project, NOW, workspace));
    expect(pool.roomsRebuilt()).toBe(2); // the workspace room (its calendar) and the project room
    const candidates = await pool.alertCandidates(request);
    expect(candidates).toEqual(await readAlertCandidates(store, request));
    expect(candidates[0]?.items['2026-11-23']).toHaveLength(1);
    expect(pool.roomsRebuilt()).toBe(2); // both read again from the worker's cache: 4 without it
    // an edit lands: the next snapshot rebuilds the project room, not the unchanged workspace room
    const before = Y.encodeStateVector(board);
    addTask(board, { columnId: todo, title: 'tie rebar', createdBy: null, now: NOW }, ORIGIN);
    await store.append(project, Y.encodeStateAsUpdate(board, before), META);
    expect((await pool.compute(project, NOW, workspace))?.tasks?.total).toBe(2);
    expect(pool.roomsRebuilt()).toBe(3);
  });

  it('falls back to the relay thread when the worker crashes, logs and counts it, and starts a new worker for the next snapshot', async () => {
    const { logger, messages } = recordingLogger();
    let failures = 0;
    // the worker fails at start: it can't open a store file that isn't there
    pool = createSnapshotWorkerPool({ storeFile: path.join(dir, 'missing.sqlite'), logger, restartDelayMs: 0, onWorkerFailed: () => void (failures += 1) });
    const computer = createSnapshotComputer({ store, pool, logger });
    expect(await computer.figures(ROOM, NOW)).toEqual(await snapshotFigures(store, ROOM, NOW));
    expect(computer.computations()).toEqual({ worker: 0, main: 1 });
    expect(messages).toContain('snapshot worker crashed');
    expect(messages).toContain('snapshot computed on the relay thread instead of the worker');
    // its 'error' and the 'exit' after it are one failure
    expect(failures).toBe(1);
    expect(pool.threadId()).toBeNull();
    await computer.figures(ROOM, NOW);
    expect(pool.started()).toBe(2);
    expect(failures).toBe(2);
    expect(computer.computations()).toEqual({ worker: 0, main: 2 });
  });

  it('waits before starting a worker again after it failed, computing on the relay thread meanwhile', async () => {
    const { logger } = recordingLogger();
    let clock = 0;
    pool = createSnapshotWorkerPool({ storeFile: path.join(dir, 'missing.sqlite'), logger, now: () => clock });
    const computer = createSnapshotComputer({ store, pool, logger });
    await computer.figures(ROOM, NOW);
    clock += 999;
    await computer.figures(ROOM, NOW);
    expect(pool.started()).toBe(1);
    clock += 1;
    await computer.figures(ROOM, NOW);
    expect(pool.started()).toBe(2);
    expect(computer.computations()).toEqual({ worker: 0, main: 3 });
  });

  it('gives up on a worker that does not answer in time, terminates it and computes on the relay thread', async () => {
    const { logger, messages } = recordingLogger();
    const silent = new URL('./fixtures/never-answers-worker.mjs', import.meta.url);
    let failures = 0;
    pool = createSnapshotWorkerPool({ storeFile, logger, timeoutMs: 200, workerUrl: silent, onWorkerFailed: () => void (failures += 1) });
    const computer = createSnapshotComputer({ store, pool, logger });
    expect(await computer.figures(ROOM, NOW)).toEqual(await snapshotFigures(store, ROOM, NOW));
    expect(messages).toContain('snapshot worker timed out');
    expect(failures).toBe(1);
    expect(computer.computations()).toEqual({ worker: 0, main: 1 });
    expect(pool.threadId()).toBeNull();
  });

  it('answers queued snapshots in order', async () => {
    const { logger } = recordingLogger();
    pool = createSnapshotWorkerPool({ storeFile, logger });
    const computer = createSnapshotComputer({ store, pool, logger });
    const other = projectRoom('workerRoom02');
    await store.append(other, Y.encodeStateAsUpdate(new Y.Doc()), META);
    const [first, second] = await Promise.all([computer.figures(ROOM, NOW), computer.figures(other, NOW)]);
    expect(first?.tasks?.total).toBe(4);
    expect(second?.tasks?.total).toBe(0);
    expect(computer.computations()).toEqual({ worker: 2, main: 0 });
  });
});
