// What an alert check reads from the documents, on the relay's thread and in the snapshot worker: the
// same answer from a real relay.sqlite either way, only the workspaces that list the project (not
// archived), and the relay's thread again when the worker can't answer.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { addBudgetLine, addProject, addTask, initProject, readColumns, recordCost, setProjectArchived, updateTaskSchedule } from '../../shared/schema';
import { financeRoom, projectRoom, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { readAlertCandidates, type AlertCandidatesRequest } from './alert-candidates';
import { createAlertCandidatesReader } from './alert-candidates-reader';

const ORIGIN = { name: 'alert-candidates-test' };
const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };
const WORKSPACE = 'candidatesWs01';
const OTHER_WORKSPACE = 'candidatesWs02';

describe('alert candidates', () => {
  let dir = '';
  let storeFile = '';
  let store: DocStore;
  let pool: SnapshotWorkerPool | null = null;
  let ws: Y.Doc;
  let project: RoomName;
  let finance: RoomName;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'alert-candidates-'));
    storeFile = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file: storeFile });
    ws = new Y.Doc();
    const added = addProject(ws, { name: 'Harbour depot', createdBy: 'user_Candidates01' as UserId, now: 0 }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    await store.append(workspaceRoom(WORKSPACE), Y.encodeStateAsUpdate(ws), META);
    await store.append(workspaceRoom(OTHER_WORKSPACE), Y.encodeStateAsUpdate(new Y.Doc()), META);
    project = projectRoom(added.value);
    finance = financeRoom(added.value);

    const doc = new Y.Doc();
    initProject(doc, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(doc);
    if (!todo) throw new Error('no column');
    const slab = addTask(doc, { columnId: todo.id, title: 'Pour slab', createdBy: null, now: 0 }, ORIGIN);
    if (!slab.ok) throw new Error(slab.reason);
    updateTaskSchedule(doc, slab.value, { start: '2026-11-30' as IsoDay, duration: 5 }, 0, ORIGIN);
    await store.append(project, Y.encodeStateAsUpdate(doc), META);

    const money = new Y.Doc();
    addBudgetLine(money, { categoryId: 'materials' as CategoryId, taskId: null, description: 'Concrete', amount: fen(1_000) }, ORIGIN);
    recordCost(money, { day: '2026-12-01' as IsoDay, taskId: null, supplier: 'S', invoiceNumber: '', note: '', categoryId: 'materials' as CategoryId, amount: fen(1_500) }, null, 0, ORIGIN);
    await store.append(finance, Y.encodeStateAsUpdate(money), META);
  });
  afterEach(async () => {
    await pool?.close();
    pool = null;
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const lateRequest = (): AlertCandidatesRequest => ({
    kind: 'late-critical', room: project,
    workspaces: [{ workspaceId: WORKSPACE, todays: ['2026-11-30' as IsoDay, '2026-12-03' as IsoDay] }, { workspaceId: OTHER_WORKSPACE, todays: ['2026-12-03' as IsoDay] }],
  });

  it('reads the items per today and per language, for the workspace that lists the project only', async () => {
    expect(await readAlertCandidates(store, lateRequest())).toEqual([{
      workspaceId: WORKSPACE, projectName: 'Harbour depot',
      items: { '2026-11-30': [], '2026-12-03': [{ kind: 'late-critical', key: expect.any(String), title: 'Pour slab', daysLate: 3 }] },
    }]);
    const budget = await readAlertCandidates(store, { kind: 'budget-overrun', room: finance, workspaces: [{ workspaceId: WORKSPACE, languages: ['en', 'zh-CN'] }] });
    expect(budget).toEqual([{
      workspaceId: WORKSPACE, projectName: 'Harbour depot',
      items: {
        en: [{ kind: 'budget-overrun', key: 'materials', name: 'Materials', budget: 1_000, actual: 1_500 }],
        'zh-CN': [{ kind: 'budget-overrun', key: 'materials', name: '材料', budget: 1_000, actual: 1_500 }],
      },
    }]);
    expect(await readAlertCandidates(store, { kind: 'late-critical', room: project, workspaces: [{ workspaceId: OTHER_WORKSPACE, todays: ['2026-12-03' as IsoDay] }] })).toEqual([]);
    // archived: nobody there wants to hear about it
    const before = Y.encodeStateVector(ws);
    setProjectArchived(ws, project.slice(2) as Parameters<typeof setProjectArchived>[1], true, ORIGIN);
    await store.append(workspaceRoom(WORKSPACE), Y.encodeStateAsUpdate(ws, before), META);
    expect(await readAlertCandidates(store, lateRequest())).toEqual([]);
  });

  it('reads them in the snapshot worker, the same answer as on the relay\'s thread', async () => {
    pool = createSnapshotWorkerPool({ storeFile, logger: createSilentLogger() });
    const reader = createAlertCandidatesReader({ docs: store, pool, logger: createSilentLogger() });
    expect(await reader.read(lateRequest())).toEqual(await readAlertCandidates(store, lateRequest()));
    expect(reader.computations()).toEqual({ worker: 1, main: 0 });
    expect(pool.threadId()).not.toBeNull();
  });

  it('reads them on the relay\'s thread when the worker can\'t answer', async () => {
    pool = createSnapshotWorkerPool({ storeFile: path.join(dir, 'missing.sqlite'), logger: createSilentLogger(), restartDelayMs: 0 });
    const reader = createAlertCandidatesReader({ docs: store, pool, logger: createSilentLogger() });
    expect(await reader.read(lateRequest())).toEqual(await readAlertCandidates(store, lateRequest()));
    expect(reader.computations()).toEqual({ worker: 0, main: 1 });
    expect(createAlertCandidatesReader({ docs: store, pool: null, logger: createSilentLogger() }).computations()).toEqual({ worker: 0, main: 0 });
  });
});
