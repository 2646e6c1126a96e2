// What one relay alert check costs, for a 2,000-task project room stored as a live room is (a
// compacted snapshot plus a tail of log rows in relay.sqlite): the whole check as the snapshot job
// triggers it (noteRoom → settled: load the workspace and project rooms, rebuild both Y.Docs, read them
// through the schema, compute the schedule and delay risks, diff with alert_state), once with the
// documents read on the relay's thread (no worker: another store, or the worker failed) and once in the
// snapshot worker, with the longest the relay's thread went without running a 5 ms timer meanwhile
// (what every socket of every room waited); a settled room's whole pass in the worker after an edit
// (its snapshot figures, then the alert check: one rebuild shared since room-doc-cache.ts, two before);
// then the parts, on this thread. Standalone, not part of
// `npm run bench`:   npx tsx test/bench/alert-check.ts [--tasks 2000] [--runs 30]
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { createSilentLogger } from '../../server/log';
import { makeRoomDocCache } from '../../server/metrics/room-doc-cache';
import { snapshotFigures } from '../../server/metrics/snapshot-figures';
import { createSnapshotWorkerPool } from '../../server/metrics/snapshot-worker-pool';
import { openStoredRoomReader } from '../../server/metrics/stored-room-reader';
import { readAlertCandidates } from '../../server/notify/alert-candidates';
import { createRobots } from '../../server/notify/create-robots';
import { lateCriticalItems } from '../../server/notify/alert-items';
import { startRobotTestServer } from '../../server/notify/robot-test-server';
import { createSqliteStore } from '../../server/store/sqlite-store';
import { withRoomDoc } from '../../server/store/stored-room-doc';
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import type { TaskId, UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { addProject, linkTasks, readCalendarSettings, readProject, updateTaskSchedule } from '../../shared/schema';
import { projectRoom, workspaceRoom } from '../../shared/schema/room-name';
import { writeProject } from './project-seed';
import { percentile, round } from './timing';

const ORIGIN = 'bench-alerts';
const WORKSPACE = 'benchAlertsWs01';
const CHAIN = 20;
const TAIL_UPDATES = 100;
const NOW = Date.parse('2026-12-01T02:00:00Z'); // Tuesday 10:00 in China
const META = { connectionId: 'bench', ip: '127.0.0.1', at: 0 };

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

function summary(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${round(percentile(sorted, 50), 1)} ms, p90 ${round(percentile(sorted, 90), 1)} ms, max ${round(sorted[sorted.length - 1] ?? Number.NaN, 1)} ms`;
}

async function main(): Promise<void> {
  const tasks = flag('tasks', 2_000);
  const runs = flag('runs', 30);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-alerts-'));
  const store = createSqliteStore({ file: path.join(dir, 'relay.sqlite') });
  const service = await startRobotTestServer();
  try {
    const ws = new Y.Doc();
    const project = addProject(ws, { name: 'Bench tower', createdBy: 'user_BenchOwner01' as UserId, now: 0 }, ORIGIN);
    if (!project.ok) throw new Error(project.reason);
    await store.append(workspaceRoom(WORKSPACE), Y.encodeStateAsUpdate(ws), META);
    const room = projectRoom(project.value);

    // the board (one transaction per task, 200-character descriptions), then chains of CHAIN tasks
    // linked finish-to-start, 1–5 working days each, the first of each chain starting on 2 Nov
    const doc = new Y.Doc();
    writeProject(doc, { tasks, descriptionChars: 200, seed: 20_261_201 });
    const ids = readProject(doc).tasks.map((task) => task.id);
    ids.forEach((id, i) => {
      updateTaskSchedule(doc, id, { start: '2026-11-02' as IsoDay, duration: 1 + (i % 5), percentComplete: i % CHAIN < 3 ? 100 : 0 }, 0, ORIGIN);
      const previous: TaskId | undefined = ids[i - 1];
      if (i % CHAIN !== 0 && previous !== undefined) linkTasks(doc, { from: previous, to: id, type: 'FS', lag: 0 }, 0, ORIGIN);
    });
    await store.append(room, Y.encodeStateAsUpdate(doc), META);
    await store.compact(room, Y.encodeStateAsUpdate(doc), (await store.load(room)).lastSeq);
    // a tail of small edits in the log, as between two compactions of a live room
    for (let i = 0; i < TAIL_UPDATES; i++) {
      const before = Y.encodeStateVector(doc);
      updateTaskSchedule(doc, ids[(i * 7) % ids.length] as TaskId, { duration: 2 + (i % 3) }, 0, ORIGIN);
      await store.append(room, Y.encodeStateAsUpdate(doc, before), META);
    }
    const stored = await store.load(room);
    const bytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);

    const robotsIn = async (where: 'main' | 'worker', workerPool: ReturnType<typeof createSnapshotWorkerPool> | null) => {
      await mkdir(path.join(dir, where));
      const robots = createRobots({ dataDir: path.join(dir, where), docs: store, clock: { now: () => NOW }, logger: createSilentLogger(), autoTick: false, anyHost: true, workerPool });
      robots.store.put({
        id: 'robot_bench000001', workspaceId: WORKSPACE, kind: 'wecom', name: 'Bench', webhookUrl: `${service.origin}/cgi-bin/webhook/send?key=k`, secret: null,
        briefingTime: null, language: 'zh-CN', timeZoneOffsetMinutes: -480, lastBriefingDay: null, alerts: { lateCritical: true, budgetOverrun: false }, enabled: true,
      }, 0);
      return robots;
    };
    /** The first check posts the late tasks; the later ones find nothing new, as most checks do. */
    const measure = async (robots: Awaited<ReturnType<typeof robotsIn>>): Promise<{ first: number; whole: number[]; blocked: number[]; late: number }> => {
      const check = async (): Promise<{ ms: number; blockedMs: number }> => {
        let last = performance.now();
        let longest = 0;
        const heartbeat = setInterval(() => {
          const at = performance.now();
          longest = Math.max(longest, at - last);
          last = at;
        }, 5);
        const started = performance.now();
        robots.alerts.noteRoom(room);
        await robots.alerts.settled();
        const ms = performance.now() - started;
        clearInterval(heartbeat);
        return { ms, blockedMs: Math.max(longest, performance.now() - last) };
      };
      const first = (await check()).ms;
      for (let i = 0; i < 3; i++) await check();
      const whole: number[] = [];
      const blocked: number[] = [];
      for (let i = 0; i < runs; i++) {
        const { ms, blockedMs } = await check();
        whole.push(ms);
        blocked.push(blockedMs);
      }
      return { first, whole, blocked, late: robots.store.alertState('robot_bench000001', room)?.length ?? 0 };
    };
    const onMain = await robotsIn('main', null);
    const mainFigures = await measure(onMain);
    onMain.close();
    const pool = createSnapshotWorkerPool({ storeFile: path.join(dir, 'relay.sqlite'), logger: createSilentLogger() });
    const inWorker = await robotsIn('worker', pool);
    const workerFigures = await measure(inWorker);
    // a settled room's pass as the snapshot job runs it: an edit lands (a new stored version), the
    // worker computes the room's figures, then the alert check reads the same room
    const passes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = Y.encodeStateVector(doc);
      updateTaskSchedule(doc, ids[(i * 11) % ids.length] as TaskId, { duration: 2 + (i % 4) }, 0, ORIGIN);
      await store.append(room, Y.encodeStateAsUpdate(doc, before), META);
      const started = performance.now();
      await pool.compute(room, NOW, workspaceRoom(WORKSPACE));
      inWorker.alerts.noteRoom(room);
      await inWorker.alerts.settled();
      passes.push(performance.now() - started);
    }
    const workerReads = inWorker.alerts.computations();
    inWorker.close();
    await pool.close();
    if (workerReads.main !== 0) throw new Error(`the worker failed: ${workerReads.main} checks read on the relay's thread`);

    // the worker's reading for one settled room (snapshot figures, then the alert candidates), on this
    // thread, alternating: every read rebuilding (before room-doc-cache.ts) and one rebuild shared
    const rooms = openStoredRoomReader(path.join(dir, 'relay.sqlite'));
    const alertRequest = { kind: 'late-critical', room, workspaces: [{ workspaceId: WORKSPACE, todays: [localIsoDay(NOW, -480)] }] } as const;
    const separate: number[] = [];
    const shared: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const docs of [rooms, makeRoomDocCache(rooms)]) {
        const started = performance.now();
        await snapshotFigures(docs, room, NOW, workspaceRoom(WORKSPACE));
        await readAlertCandidates(docs, alertRequest);
        (docs === rooms ? separate : shared).push(performance.now() - started);
        if ('clear' in docs) docs.clear();
      }
    }
    rooms.close();

    const load: number[] = [];
    const rebuild: number[] = [];
    const readView: number[] = [];
    const compute: number[] = [];
    const calendar = await withRoomDoc(store, workspaceRoom(WORKSPACE), (workspace) => buildWorkingCalendar(readCalendarSettings(workspace)));
    const today = localIsoDay(NOW, -480);
    for (let i = 0; i < runs; i++) {
      // the same steps as withRoomDoc (server/store/stored-room-doc.ts), timed one by one
      const started = performance.now();
      const rows = await store.load(room);
      const loaded = performance.now();
      const rebuilt = new Y.Doc();
      for (const update of rows.snapshot === null ? rows.updates : [rows.snapshot, ...rows.updates]) Y.applyUpdate(rebuilt, update);
      const applied = performance.now();
      const view = readProject(rebuilt);
      const read = performance.now();
      lateCriticalItems(view, calendar, today);
      const done = performance.now();
      rebuilt.destroy();
      load.push(loaded - started);
      rebuild.push(applied - loaded);
      readView.push(read - applied);
      compute.push(done - read);
    }
    process.stdout.write([
      `alert check, ${tasks}-task project room (${ids.length} tasks, ${readProject(doc).links.length} FS links, ${mainFigures.late} late critical), stored as a snapshot + ${stored.updates.length} log rows, ${round(bytes / 1024, 0)} KiB`,
      `  documents read on the relay's thread: first check (posts a message) ${round(mainFigures.first, 1)} ms; ${runs} checks: ${summary(mainFigures.whole)}`,
      `    relay thread blocked (longest gap of a 5 ms timer): ${summary(mainFigures.blocked)}`,
      `  documents read in the snapshot worker: first check ${round(workerFigures.first, 1)} ms; ${runs} checks: ${summary(workerFigures.whole)}`,
      `    relay thread blocked (longest gap of a 5 ms timer): ${summary(workerFigures.blocked)}`,
      `  a settled room's pass in the worker after an edit (snapshot figures, then the alert check), ${runs} passes: ${summary(passes)}`,
      `  the same pass's reading on one thread, ${runs} runs each, alternating: each read rebuilds ${summary(separate)}; one rebuild shared ${summary(shared)}`,
      `  its parts, ${runs} runs each:`,
      `    read the rows from SQLite: ${summary(load)}`,
      `    rebuild the Y.Doc (applyUpdate): ${summary(rebuild)}`,
      `    readProject (schema reader): ${summary(readView)}`,
      `    schedule + delay risks (lateCriticalItems): ${summary(compute)}`,
      `  node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg()[0]?.toFixed(2)}`,
      '',
    ].join('\n'));
  } finally {
    await service.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
