// What the daily-work part of the relay costs, and how long it blocks the relay's thread
// (server/daily-work/): for a finance room with N signed labour records, reading it whole once (a room
// never read: rebuilt from relay.sqlite), following one more sign-off in the held document (what every
// later change costs), and answering the points-facts request from daily-work.sqlite; and checking a
// workspace room's history of E check-in updates in one pass (check-in-audit.ts, the room not held in
// memory). Each heavy read runs where the relay runs it: `worker` (the snapshot worker, as a relay with
// one does) or `main` (the relay's thread with no size limit: how it was before the worker took it).
// While it runs, relay-thread-probe.ts records the slowest /healthz answer and event-loop delay.
// Run: npx tsx test/bench/points-facts.ts [--records 2000,10000] [--entries 1000,5000] [--repeats 3] [--where main,worker]
// Prints a table and JSON with the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { createCheckInAudit } from '../../server/daily-work/check-in-audit';
import { openCheckInFlagStore } from '../../server/daily-work/check-in-flag-store';
import { openSignOffFactStore } from '../../server/daily-work/sign-off-fact-store';
import { createSignOffFactsJob } from '../../server/daily-work/sign-off-facts-job';
import { createSilentLogger } from '../../server/log';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from '../../server/metrics/snapshot-worker-pool';
import { createSqliteStore } from '../../server/store/sqlite-store';
import type { WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { checkIn, recordLabour, signLabour } from '../../shared/schema';
import { financeRoom, workspaceRoom } from '../../shared/schema/room-name';
import { startRelayThreadProbe } from './relay-thread-probe';
import { describeMachine, loadAverage1m } from './report';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const list = (value: string): number[] => value.split(',').map(Number);
const recordCounts = list(flag('--records') ?? '2000,10000');
const entryCounts = list(flag('--entries') ?? '1000,5000');
const repeats = Number(flag('--repeats') ?? 3);
const places = (flag('--where') ?? 'main,worker').split(',').filter((where): where is 'main' | 'worker' => where === 'main' || where === 'worker');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (ms: number): number => Math.round(ms * 10) / 10;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'points-facts-bench-'));
const storeFile = path.join(dataDir, 'relay.sqlite');
const store = createSqliteStore({ file: storeFile });
const logger = createSilentLogger();
const meta = (userId: string) => ({ connectionId: 'bench', userId, ip: '127.0.0.1', at: Date.now() });
const signer = newId<'user'>() as UserId;
const rows: Record<string, number | string>[] = [];
const probe = await startRelayThreadProbe();
const pool: SnapshotWorkerPool = createSnapshotWorkerPool({ storeFile, logger });
// the worker starts (and loads its code) before anything is measured
await pool.calendarSettings(workspaceRoom(newId<'workspace'>()));
const poolFor = (where: 'main' | 'worker'): SnapshotWorkerPool | null => (where === 'worker' ? pool : null);
const worker = newId<'worker'>() as WorkerId;
const labour = (day: IsoDay, content: string) => ({ workerId: worker, day, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate', dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content, taskId: null }) as const;

for (const records of recordCounts) {
  const projectId = newId<'project'>();
  const doc = new Y.Doc();
  for (let i = 0; i < records; i += 1) {
    const made = recordLabour(doc, labour(localIsoDay(Date.parse('2026-01-01T00:00:00Z') + (i % 300) * 86_400_000, 0), `row ${i}`), null, 1, 'bench');
    if (made.ok) signLabour(doc, made.value, signer, 2, 'bench');
  }
  const room = financeRoom(projectId);
  await store.append(room, Y.encodeStateAsUpdate(doc), meta(signer));
  let added = 0;
  for (const where of places) {
    const whole: number[] = [];
    const healthz: number[] = [];
    const loop: number[] = [];
    const change: number[] = [];
    const answer: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      const facts = openSignOffFactStore(':memory:');
      const job = createSignOffFactsJob({ store, heldRoomDoc: async () => doc, facts, logger, pool: poolFor(where), maxMainThreadRoomBytes: 0 });
      const probed = await probe.probe(async () => {
        const began = performance.now();
        job.signOffsOf([projectId], 0); // a room never read: read whole
        await job.settled();
        return performance.now() - began;
      });
      whole.push(probed.result);
      healthz.push(probed.healthzMaxMs);
      loop.push(probed.loopDelayMaxMs);
      // what the relay stores for a client's edit: each transaction's own update
      const changes: Uint8Array[] = [];
      const capture = (update: Uint8Array): void => void changes.push(update);
      doc.on('update', capture);
      const made = recordLabour(doc, labour('2026-03-02' as IsoDay, 'one more'), null, 3, 'bench');
      if (!made.ok) throw new Error(made.reason);
      signLabour(doc, made.value, signer, 4, 'bench');
      doc.off('update', capture);
      added += 1;
      for (const update of changes) await store.append(room, update, meta(signer));
      let started = performance.now();
      job.roomChanged(room);
      await job.settled();
      change.push(performance.now() - started);
      started = performance.now();
      const listed = job.signOffsOf([projectId], 0); // every fact: the route sends only the last 62 days
      answer.push(performance.now() - started);
      if (listed.length !== records + added) throw new Error(`expected ${records + added} facts, got ${listed.length}`);
      job.close();
    }
    rows.push({ case: `sign-offs, ${records} signed records`, where, whole_ms: round(median(whole)), healthz_max_ms: round(median(healthz)), loop_delay_max_ms: round(median(loop)), one_change_ms: round(median(change)), answer_ms: round(median(answer)) });
  }
}

for (const entries of entryCounts) {
  const workspaceId = newId<'workspace'>();
  const room = workspaceRoom(workspaceId);
  const doc = new Y.Doc();
  const users = Array.from({ length: 20 }, () => newId<'user'>() as UserId);
  const updates: { update: Uint8Array; userId: string }[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => void updates.push({ update, userId: String(origin) }));
  // one an hour, back from now; past `entries`, a newcomer's check-in a minute ago
  const checkInAt = (i: number): void => {
    const userId = i < entries ? (users[i % users.length] as UserId) : (newId<'user'>() as UserId);
    const at = Date.now() - Math.max(entries - i, 0) * 3_600_000 - 60_000;
    checkIn(doc, { userId, day: localIsoDay(at, 0) as IsoDay, at }, userId);
  };
  let written = 0;
  while (written < entries) checkInAt(written++);
  for (const { update, userId } of updates.splice(0)) await store.append(room, update, meta(userId));
  for (const where of places) {
    const pass: number[] = [];
    const healthz: number[] = [];
    const loop: number[] = [];
    for (let r = 0; r < repeats; r += 1) {
      // one more check-in each time, so the worker rebuilds the room as for a room it never read
      checkInAt(written++);
      for (const { update, userId } of updates.splice(0)) await store.append(room, update, meta(userId));
      const flags = openCheckInFlagStore(':memory:');
      const audit = createCheckInAudit({ store, heldRoomDoc: async () => null, flags, logger, pool: poolFor(where), maxMainThreadRoomBytes: 0 });
      const probed = await probe.probe(async () => {
        const began = performance.now();
        audit.roomChanged(room);
        await audit.settled();
        return performance.now() - began;
      });
      pass.push(probed.result);
      healthz.push(probed.healthzMaxMs);
      loop.push(probed.loopDelayMaxMs);
      if (flags.auditedSeq(room) === 0 || flags.list(room).length !== 0) throw new Error('audit did not check every entry cleanly');
      audit.close();
    }
    rows.push({ case: `check-in audit, ${entries} updates`, where, whole_ms: round(median(pass)), healthz_max_ms: round(median(healthz)), loop_delay_max_ms: round(median(loop)), one_change_ms: '', answer_ms: '' });
  }
}

await pool.close();
await probe.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });
console.table(rows);
console.log(JSON.stringify({ bench: 'points-facts', repeats, machine: describeMachine(), load1m: loadAverage1m(), rows }, null, 2));
