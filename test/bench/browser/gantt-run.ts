// The Gantt's browser benchmark (`npx tsx test/bench/browser/gantt-run.ts [--tasks 10000] [--runs 3]`):
// builds the client into a temp folder, starts the real relay on it, seeds a schedule of N tasks
// over three years and measures first render and scrolling in Debian's Chromium (gantt-bench.ts).
import { rm } from 'node:fs/promises';
import { launchBrowser } from '../../e2e/browser';
import { buildApp } from './build-app';
import { measureGantt, type GanttRun } from './gantt-bench';
import { seedSchedule } from './gantt-seed';
import { describeMachine } from './machine';
import { startBenchRelay } from './relay-process';
import { summarize } from './stats';

const SPAN_DAYS = 3 * 365;
const TIMEOUT_MS = 60_000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const tasks = option('tasks', 10_000);
  const runs = option('runs', 3);
  const seedStarted = performance.now();
  const seed = seedSchedule({ tasks, spanDays: SPAN_DAYS, seed: 20_260_301 });
  console.error(`seeded ${tasks} tasks in ${Math.round(performance.now() - seedStarted)} ms`);
  const build = await buildApp(process.cwd());
  const relay = await startBenchRelay(build.dir);
  const browser = await launchBrowser();
  try {
    const machine = describeMachine(browser);
    const results: GanttRun[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await measureGantt(browser, relay.baseUrl, seed, TIMEOUT_MS);
      console.error(`run ${run + 1}: first render ${result.firstRenderMs} ms (IndexedDB read done at ${String(result.idbReadMs)}), vertical flick ${result.vertical.fps} fps, sweep ${result.verticalSweep.fps} fps, horizontal ${result.horizontal.fps} fps, load ${result.loadAverage1m}`);
      results.push(result);
    }
    console.log(JSON.stringify({
      machine, tasks, spanDays: SPAN_DAYS, runs: results,
      firstRenderMs: summarize(results.map((result) => result.firstRenderMs)),
      idbReadMs: summarize(results.flatMap((result) => (result.idbReadMs === null ? [] : [result.idbReadMs]))),
      verticalFps: summarize(results.map((result) => result.vertical.fps)),
      verticalSweepFps: summarize(results.map((result) => result.verticalSweep.fps)),
      horizontalFps: summarize(results.map((result) => result.horizontal.fps)),
    }, null, 2));
  } finally {
    await browser.close();
    await relay.stop();
    await rm(build.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
