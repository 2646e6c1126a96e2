// What the daily-work part of the relay costs on its own thread (server/daily-work/): for a finance
// room with N signed labour records, reading it whole once (a room never read: rebuilt from
// relay.sqlite), following one more sign-off in the held document (what every later change costs),
// and answering the points-facts request from daily-work.sqlite; and checking a workspace room's
// history of E check-in updates in one pass (check-in-audit.ts, the room not held in memory).
// Run: npx tsx test/bench/points-facts.ts [--records 2000,10000] [--entries 1000,5000] [--repeats 5]
// Prints a table and JSON with the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { systemClock } from '../../server/clock';
import { createCheckInAudit } from '../../server/daily-work/check-in-audit';
import { openCheckInFlagStore } from '../../server/daily-work/check-in-flag-store';
import { openSignOffFactStore } from '../../server/daily-work/sign-off-fact-store';
import { createSignOffFactsJob } from '../../server/daily-work/sign-off-facts-job';
import { createSilentLogger } from '../../server/log';
import { createSqliteStore } from '../../server/store/sqlite-store';
import type { WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { checkIn, recordLabour, signLabour } from '../../shared/schema';
import { financeRoom, workspaceRoom } from '../../shared/schema/room-name';
import { describeMachine, loadAverage1m } from './report';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}
const list = (value: string): number[] => value.split(',').map(Number);
const recordCounts = list(flag('--records') ?? '2000,10000');
const entryCounts = list(flag('--entries') ?? '1000,5000');
const repeats = Number(flag('--repeats') ?? 5);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (ms: number): number => Math.round(ms * 100) / 100;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'points-facts-bench-'));
const store = createSqliteStore({ file: path.join(dataDir, 'relay.sqlite') });
const meta = (userId: string) => ({ connectionId: 'bench', userId, ip: '127.0.0.1', at: Date.now() });
const signer = newId<'user'>() as UserId;
const rows: Record<string, number | string>[] = [];

for (const records of recordCounts) {
  const projectId = newId<'project'>();
  const doc = new Y.Doc();
  const worker = newId<'worker'>() as WorkerId;
  for (let i = 0; i < records; i += 1) {
    const day = localIsoDay(Date.parse('2026-01-01T00:00:00Z') + (i % 300) * 86_400_000, 0);
    const made = recordLabour(doc, { workerId: worker, day, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate', dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: `row ${i}`, taskId: null }, null, 1, 'bench');
    if (made.ok) signLabour(doc, made.value, signer, 2, 'bench');
  }
  const room = financeRoom(projectId);
  await store.append(room, Y.encodeStateAsUpdate(doc), meta(signer));
  const whole: number[] = [];
  const change: number[] = [];
  const answer: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    const facts = openSignOffFactStore(':memory:');
    const job = createSignOffFactsJob({ store, heldRoomDoc: async () => doc, facts, logger: createSilentLogger() });
    let started = performance.now();
    job.signOffsOf([projectId], 0); // a room never read: read whole
    await job.settled();
    whole.push(performance.now() - started);
    // what the relay stores for a client's edit: each transaction's own update (its deletions only)
    const changes: Uint8Array[] = [];
    const capture = (update: Uint8Array): void => void changes.push(update);
    doc.on('update', capture);
    const made = recordLabour(doc, { workerId: worker, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate', dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: 'one more', taskId: null }, null, 3, 'bench');
    if (!made.ok) throw new Error(made.reason);
    signLabour(doc, made.value, signer, 4, 'bench');
    doc.off('update', capture);
    for (const update of changes) await store.append(room, update, meta(signer));
    started = performance.now();
    job.roomChanged(room);
    await job.settled();
    change.push(performance.now() - started);
    started = performance.now();
    const listed = job.signOffsOf([projectId], 0); // every fact: the route sends only the last 62 days
    answer.push(performance.now() - started);
    if (listed.length !== records + 1 + r) throw new Error(`expected ${records + 1 + r} facts, got ${listed.length}`);
    job.close();
  }
  rows.push({ case: `sign-offs, ${records} signed records`, whole_ms: round(median(whole)), one_change_ms: round(median(change)), answer_ms: round(median(answer)) });
}

for (const entries of entryCounts) {
  const workspaceId = newId<'workspace'>();
  const room = workspaceRoom(workspaceId);
  const doc = new Y.Doc();
  const users = Array.from({ length: 20 }, () => newId<'user'>() as UserId);
  const updates: { update: Uint8Array; userId: string }[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => void updates.push({ update, userId: String(origin) }));
  for (let i = 0; i < entries; i += 1) {
    const userId = users[i % users.length] as UserId;
    const at = Date.now() - (entries - i) * 3_600_000;
    checkIn(doc, { userId, day: localIsoDay(at, 0) as IsoDay, at }, userId);
  }
  for (const { update, userId } of updates) await store.append(room, update, meta(userId));
  const pass: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    const flags = openCheckInFlagStore(':memory:');
    const audit = createCheckInAudit({ store, heldRoomDoc: async () => null, flags, logger: createSilentLogger() });
    const started = performance.now();
    audit.roomChanged(room);
    await audit.settled();
    pass.push(performance.now() - started);
    if (flags.auditedSeq(room) === 0 || flags.list(room).length !== 0) throw new Error('audit did not check every entry cleanly');
    audit.close();
  }
  rows.push({ case: `check-in audit, ${entries} updates`, whole_ms: round(median(pass)), one_change_ms: '', answer_ms: '' });
}

await store.close();
rmSync(dataDir, { recursive: true, force: true });
console.table(rows);
console.log(JSON.stringify({ bench: 'points-facts', repeats, machine: describeMachine(), load1m: loadAverage1m(), rows }, null, 2));
