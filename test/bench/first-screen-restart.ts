// How long a fresh device waits for a big project's first screen (GET /api/rooms/:room/first-screen,
// server/first-screen/) right after a relay restart: the relay as `npm start` runs it (the bundle) on
// one data directory, a 10,000-task project stored in relay.sqlite, the first ask after each start
// timed from the client. "persisted" restarts keep the entry the relay stored with the room's
// sequence numbers (first-screen-db.ts); "cleared" restarts delete it first, so the relay rebuilds
// the entry in its snapshot worker, as every restart did before entries were persisted.
// Run: npx tsx test/bench/first-screen-restart.ts [--tasks 10000] [--restarts 3] [--bundle build/server/main.mjs]
// (without --bundle it builds build/server/main.mjs first). Prints a table and JSON with the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectRoom } from '../../shared/schema/room-name';
import { createSqliteStore } from '../../server/store/sqlite-store';
import { seedSchedule } from './browser/gantt-seed';
import { startRelayProcess } from './relay-process';
import { describeMachine, loadAverage1m } from './report';
import { buildServerBundle, SERVER_BUNDLE } from './server-bundle';

type Start = 'first' | 'persisted' | 'cleared';

interface Ask {
  readonly start: Start;
  readonly ms: number;
  readonly status: number;
  /** The First-Screen header: where the entry came from (relay, worker, stored) or why there is none. */
  readonly source: string | null;
  readonly bytes: number;
}

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const tasks = Number(flag('--tasks') ?? 10_000);
const restarts = Number(flag('--restarts') ?? 3);
const bundle = flag('--bundle') ?? SERVER_BUNDLE;
if (flag('--bundle') === undefined) buildServerBundle();

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'first-screen-restart-'));
const seed = seedSchedule({ tasks, spanDays: 3 * 365, seed: 20_260_301 });
const room = projectRoom(seed.projectId);
const relayFile = path.join(dataDir, 'relay.sqlite');
const store = createSqliteStore({ file: relayFile });
await store.append(room, seed.projectUpdate, { connectionId: 'bench-seed', ip: '127.0.0.1', at: Date.now() });
await store.close();

/** Forgets the persisted entries (a relay from before they were persisted has no such table). */
function clearPersisted(): void {
  const db = new Database(relayFile);
  try {
    const table = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'first_screens'").get();
    if (table !== undefined) db.exec('DELETE FROM first_screens');
  } finally {
    db.close();
  }
}

async function startAndAsk(start: Start): Promise<Ask> {
  if (start === 'cleared') clearPersisted();
  const relay = await startRelayProcess({ dataDir, bundle, env: { ACCESS_CONTROL: 'off' } });
  try {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${relay.port}/api/rooms/${room}/first-screen`);
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    return { start, ms, status: response.status, source: response.headers.get('first-screen'), bytes: text.length };
  } finally {
    await relay.stop();
  }
}

const asks: Ask[] = [await startAndAsk('first')];
for (let run = 0; run < restarts; run++) {
  asks.push(await startAndAsk('persisted'));
  asks.push(await startAndAsk('cleared'));
}
rmSync(dataDir, { recursive: true, force: true });

console.table(asks.map((ask) => ({ ...ask, load1m: loadAverage1m() })));
console.log(JSON.stringify({ scenario: 'first-screen-after-restart', tasks, machine: describeMachine(), asks }));
