// What serving the Gantt's first screen costs the relay's thread for a big project held in memory:
// reading the document, the whole schedule and the capture (shared/domain/schedule/project-first-screen.ts),
// which decides whether the relay keeps the entry per room (server/first-screen/). Prints a table and JSON.
// Run: npx tsx test/bench/first-screen-cost.ts [--tasks 10000]
import * as Y from 'yjs';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import { projectFirstScreen } from '../../shared/domain/schedule/project-first-screen';
import type { IsoDay } from '../../shared/iso-day';
import { seedSchedule } from './browser/gantt-seed';

const tasksFlag = process.argv.indexOf('--tasks');
const tasks = tasksFlag === -1 ? 10_000 : Number(process.argv[tasksFlag + 1]);
const RUNS = 5;
const seed = seedSchedule({ tasks, spanDays: 3 * 365, seed: 20_260_301 });
const doc = new Y.Doc();
Y.applyUpdate(doc, seed.projectUpdate);
const calendar = chinaCalendar();
const timings: number[] = [];
let bytes = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  bytes = projectFirstScreen(doc, { calendar, createdDay: '2026-01-05' as IsoDay })?.length ?? 0;
  timings.push(Math.round(performance.now() - started));
}
console.table([{ tasks, runs: RUNS, msEach: timings.join(' / '), entryBytes: bytes, load1m: (await import('node:os')).loadavg()[0]?.toFixed(2) }]);
console.log(JSON.stringify({ tasks, timingsMs: timings, entryBytes: bytes }));
