// The snapshot computer's size guard: a room stored bigger than the limit is never rebuilt on the
// relay's thread, neither without a worker nor when the worker fails; the snapshot is skipped, its
// reason logged and counted. Smaller rooms are computed there as before. Real stores, a real worker.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnId } from '../../shared/ids';
import { localIsoDay } from '../../shared/iso-day';
import { addTask, DEFAULT_CALENDAR_SETTINGS, initProject, readColumns, setCalendarSettings } from '../../shared/schema';
import { financeRoom, projectRoom, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { createLogger, type Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createMemoryStore } from '../store/memory-store';
import { createSnapshotComputer, storedBytes } from './snapshot-computer';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from './snapshot-worker-pool';

const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };
const ORIGIN = { name: 'snapshot-computer-test' };
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0);
const SMALL = projectRoom('smallRoom001');
const BIG = projectRoom('bigRoom00001');
const LIMIT = 4_000;

function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }), lines };
}

async function storeBoard(store: DocStore, room: RoomName, tasks: number): Promise<void> {
  const doc = new Y.Doc();
  initProject(doc, ['To do', 'Done'], ORIGIN);
  const [todo] = readColumns(doc).map((column) => column.id) as [ColumnId];
  for (let i = 0; i < tasks; i += 1) addTask(doc, { columnId: todo, title: `task number ${i} with a longer title`, createdBy: null, now: NOW }, ORIGIN);
  await store.append(room, Y.encodeStateAsUpdate(doc), META);
}

describe('snapshot size guard', () => {
  let store: DocStore;
  let pool: SnapshotWorkerPool | null = null;
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-computer-'));
    store = createMemoryStore();
    await storeBoard(store, SMALL, 2);
    await storeBoard(store, BIG, 80);
    expect(storedBytes(await store.load(SMALL))).toBeLessThan(LIMIT);
    expect(storedBytes(await store.load(BIG))).toBeGreaterThan(LIMIT);
  });
  afterEach(async () => {
    await pool?.close();
    pool = null;
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('without a worker, computes small rooms on the relay thread and skips a big one with its reason', async () => {
    const { logger, lines } = recordingLogger();
    const computer = createSnapshotComputer({ store, pool: null, logger, maxMainThreadRoomBytes: LIMIT });
    expect((await computer.figures(SMALL, NOW))?.tasks?.total).toBe(2);
    expect(await computer.figures(BIG, NOW)).toBeNull();
    expect(computer.computations()).toEqual({ worker: 0, main: 1 });
    expect(computer.skipped()).toEqual({ 'room-too-big-for-relay-thread': 1 });
    const bytes = storedBytes(await store.load(BIG));
    expect(lines.filter((line) => line.msg === 'metrics snapshot skipped: room too big for the relay thread')).toEqual([
      expect.objectContaining({ level: 'warn', room: BIG, reason: 'room-too-big-for-relay-thread', storedRoom: BIG, bytes, limitBytes: LIMIT, why: 'no-worker' }),
    ]);
  });

  it('skips a finance snapshot whose project room is the big one, naming that room', async () => {
    const { logger, lines } = recordingLogger();
    const finance = financeRoom('bigRoom00001');
    await store.append(finance, Y.encodeStateAsUpdate(new Y.Doc()), META);
    const computer = createSnapshotComputer({ store, pool: null, logger, maxMainThreadRoomBytes: LIMIT });
    expect(await computer.figures(finance, NOW)).toBeNull();
    expect(lines.find((line) => line.reason === 'room-too-big-for-relay-thread')).toMatchObject({ room: finance, storedRoom: BIG });
  });

  it('when the worker fails, falls back to the relay thread for a small room only', async () => {
    const { logger, lines } = recordingLogger();
    const silent = new URL('./fixtures/never-answers-worker.mjs', import.meta.url);
    pool = createSnapshotWorkerPool({ storeFile: path.join(dir, 'relay.sqlite'), logger, timeoutMs: 200, restartDelayMs: 0, workerUrl: silent });
    const computer = createSnapshotComputer({ store, pool, logger, maxMainThreadRoomBytes: LIMIT });
    expect(await computer.figures(BIG, NOW)).toBeNull();
    expect((await computer.figures(SMALL, NOW))?.tasks?.total).toBe(2);
    expect(computer.computations()).toEqual({ worker: 0, main: 1 });
    expect(computer.skipped()).toEqual({ 'room-too-big-for-relay-thread': 1 });
    expect(lines.find((line) => line.reason === 'room-too-big-for-relay-thread')).toMatchObject({ room: BIG, why: 'worker-failed' });
  });

  it('with the limit 0, rebuilds any room on the relay thread, as before the guard', async () => {
    const { logger } = recordingLogger();
    const computer = createSnapshotComputer({ store, pool: null, logger, maxMainThreadRoomBytes: 0 });
    expect((await computer.figures(BIG, NOW))?.tasks?.total).toBe(80);
    expect(computer.skipped()).toEqual({ 'room-too-big-for-relay-thread': 0 });
  });

  it('reads a workspace calendar on the relay thread without a worker, and not one stored too big', async () => {
    const { logger, lines } = recordingLogger();
    const small = workspaceRoom('smallWorkspace1');
    const big = workspaceRoom('bigWorkspace001');
    const calendar = (days: number) => {
      const doc = new Y.Doc();
      const extraHolidays = Array.from({ length: days }, (_, i) => localIsoDay(Date.UTC(2026, 0, 1) + i * 86_400_000, 0));
      const written = setCalendarSettings(doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays }, ORIGIN);
      if (!written.ok) throw new Error(written.reason);
      return Y.encodeStateAsUpdate(doc);
    };
    await store.append(small, calendar(1), META);
    await store.append(big, calendar(400), META);
    expect(storedBytes(await store.load(big))).toBeGreaterThan(LIMIT);
    const computer = createSnapshotComputer({ store, pool: null, logger, maxMainThreadRoomBytes: LIMIT });
    expect(await computer.calendarSettings(small)).toEqual({ ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-01-01'] });
    expect(await computer.calendarSettings(big)).toBeNull();
    expect(lines.find((line) => line.msg === 'workspace calendar not read: room too big for the relay thread')).toMatchObject({ room: big, why: 'no-worker' });
    expect(computer.computations()).toEqual({ worker: 0, main: 0 });
  });
});
