// What loading a device copy of the 10,000-task schedule costs in Yjs, by the shape it is stored in
// (docs/benchmarks-browser.md, Gantt, "the live schedule"): y-indexeddb keeps one merged update after a
// trim and up to 500 small ones appended after it, all applied in one transaction on open; Yjs's
// second encoding (V2) is shown beside them, for the same document. Alternates the shapes, run by run.
// `npx tsx test/bench/device-copy-load.ts [--runs 9]` (Node: shares and ratios, not the browser's ms).
import os from 'node:os';
import * as Y from 'yjs';
import { GANTT_SPAN_DAYS } from './browser/gantt-scenario';
import { seedSchedule } from './browser/gantt-seed';

/** y-indexeddb's PREFERRED_TRIM_SIZE: at this many stored updates it merges them into one. */
const UPDATES_BEFORE_TRIM = 500;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN);
}

function main(): void {
  const runs = option('runs', 9);
  const seed = seedSchedule({ tasks: 10_000, spanDays: GANTT_SPAN_DAYS, seed: 20_260_301 });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed.projectUpdate);
  // 499 small edits after the seeded state, as a device that edited since y-indexeddb's last trim
  const edits: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => void edits.push(update));
  const tasks = doc.getMap<Y.Map<unknown>>('tasks');
  const ids = [...tasks.keys()];
  for (let edit = 0; edit < UPDATES_BEFORE_TRIM - 1; edit++) {
    doc.transact(() => {
      const task = tasks.get(ids[(edit * 7_919) % ids.length] ?? '');
      task?.set('percentComplete', edit % 100);
      task?.set('updatedAt', 1_780_000_000_000 + edit);
    });
  }
  const merged = Y.encodeStateAsUpdate(doc);
  const mergedV2 = Y.encodeStateAsUpdateV2(doc);
  const shapes = {
    'one merged update (V1)': () => [merged],
    [`seeded update + ${edits.length} small ones (V1)`]: () => [seed.projectUpdate, ...edits],
  } as const;
  const times = new Map<string, number[]>([...Object.keys(shapes), 'one merged update (V2)'].map((name) => [name, []]));
  const loadBefore = os.loadavg()[0] ?? 0;
  for (let run = 0; run < runs; run++) {
    for (const [name, updates] of Object.entries(shapes)) {
      const copy = new Y.Doc();
      const started = performance.now();
      Y.transact(copy, () => updates().forEach((update) => Y.applyUpdate(copy, update)));
      times.get(name)?.push(performance.now() - started);
      copy.destroy();
    }
    const copy = new Y.Doc();
    const started = performance.now();
    Y.transact(copy, () => Y.applyUpdateV2(copy, mergedV2));
    times.get('one merged update (V2)')?.push(performance.now() - started);
    copy.destroy();
  }
  console.log(JSON.stringify({
    node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadBefore: Math.round(loadBefore * 100) / 100, loadAfter: Math.round((os.loadavg()[0] ?? 0) * 100) / 100, runs,
    bytes: { merged: merged.byteLength, mergedV2: mergedV2.byteLength, seeded: seed.projectUpdate.byteLength, smallEdits: edits.reduce((sum, edit) => sum + edit.byteLength, 0) },
    medianMs: Object.fromEntries([...times].map(([name, samples]) => [name, median(samples)])),
    allMs: Object.fromEntries([...times].map(([name, samples]) => [name, samples.map(Math.round)])),
  }, null, 2));
}

main();
