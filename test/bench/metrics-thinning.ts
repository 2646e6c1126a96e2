// What thinning old metrics snapshots costs the relay's event loop: a metrics.sqlite with a year of
// snapshots (rooms × days × snapshots a day, all older than RAW_RETENTION_DAYS), thinned once as the
// single DELETE the relay ran before server/metrics/snapshot-thinning.ts, and once in its batches on
// an identical copy; the figure that matters is the longest the event loop was held (one statement
// before, the slowest batch now). Standalone, not part of `npm run bench`:
//   npx tsx test/bench/metrics-thinning.ts [--rooms 100] [--days 365] [--per-day 12]
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openMetricsDb, type MetricsDb } from '../../server/metrics/metrics-db';
import { RAW_RETENTION_DAYS, thinOldSnapshots, THINNING_BATCH_ROWS } from '../../server/metrics/snapshot-thinning';
import { round } from './timing';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-12-01T04:00:00Z');

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

/** The relay's thinning before batching, verbatim: one statement over every old row. */
function thinWithOneDelete(db: MetricsDb): number {
  const cutoff = NOW - RAW_RETENTION_DAYS * DAY_MS;
  const shift = 480 * 60_000;
  return db.prepare(`
    DELETE FROM metrics WHERE at < @cutoff AND rowid NOT IN (
      SELECT (SELECT rowid FROM metrics AS inner_row
              WHERE inner_row.room = day_row.room AND (inner_row.at + ${shift}) / ${DAY_MS} = day_row.day
              ORDER BY inner_row.at DESC, inner_row.rowid DESC LIMIT 1)
      FROM (SELECT DISTINCT room, (at + ${shift}) / ${DAY_MS} AS day FROM metrics WHERE at < @cutoff) AS day_row
    )
  `).run({ cutoff }).changes;
}

async function main(): Promise<void> {
  const rooms = flag('rooms', 100);
  const days = flag('days', 365);
  const perDay = flag('per-day', 12);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-thinning-'));
  try {
    const file = path.join(dir, 'metrics.sqlite');
    const seed = openMetricsDb(file);
    const insert = seed.prepare('INSERT INTO metrics (room, at, figures) VALUES (?, ?, ?)');
    const figures = JSON.stringify({ version: 1, today: '2026-01-01', tasks: { total: 40, done: 12, open: 28, doneToday: 1, overdue: 3, percentComplete: 30 } });
    const start = NOW - (RAW_RETENTION_DAYS + days) * DAY_MS;
    // in time order, as the relay appends them
    seed.transaction(() => {
      for (let day = 0; day < days; day += 1) {
        for (let n = 0; n < perDay; n += 1) {
          const at = start + day * DAY_MS + Math.floor((n * DAY_MS) / perDay);
          for (let room = 0; room < rooms; room += 1) insert.run(`p.room${String(room).padStart(7, '0')}`, at + room, figures);
        }
      }
    })();
    seed.pragma('wal_checkpoint(TRUNCATE)');
    seed.close();
    const copy = path.join(dir, 'copy.sqlite');
    await copyFile(file, copy);
    const rows = rooms * days * perDay;

    const before = openMetricsDb(file);
    const t0 = performance.now();
    const deletedBefore = thinWithOneDelete(before);
    const oneDeleteMs = performance.now() - t0;
    before.close();

    const after = openMetricsDb(copy);
    const batchMs: number[] = [];
    let batchStart = performance.now();
    const t1 = performance.now();
    const result = await thinOldSnapshots(after, NOW, {
      onBatch: () => {
        batchMs.push(performance.now() - batchStart);
      },
      pause: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        batchStart = performance.now();
      },
    });
    const batchedMs = performance.now() - t1;
    after.close();
    if (result.deleted !== deletedBefore) throw new Error(`batched thinning deleted ${result.deleted}, the single DELETE ${deletedBefore}`);

    const sorted = [...batchMs].sort((a, b) => a - b);
    const report = {
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, load1: round(os.loadavg()[0] ?? 0), node: process.version },
      rows, rooms, days, perDay, deleted: deletedBefore, batchRows: THINNING_BATCH_ROWS,
      oneDelete: { totalMs: round(oneDeleteMs), longestBlockMs: round(oneDeleteMs) },
      batched: { totalMs: round(batchedMs), batches: batchMs.length, medianBatchMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0), longestBlockMs: round(sorted[sorted.length - 1] ?? 0) },
    };
    console.log(`metrics thinning: ${rows} old snapshot rows (${rooms} rooms × ${days} days × ${perDay}), ${deletedBefore} deleted`);
    console.log('| way | total ms | longest event-loop block ms | statements |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(`| one DELETE (before) | ${report.oneDelete.totalMs} | ${report.oneDelete.longestBlockMs} | 1 |`);
    console.log(`| batches of ${THINNING_BATCH_ROWS} (now) | ${report.batched.totalMs} | ${report.batched.longestBlockMs} | ${report.batched.batches} |`);
    console.log(JSON.stringify(report));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
