// The Gantt's browser benchmark as one call, shared by its own runner (gantt-run.ts) and by
// `npm run bench -- --only gantt`: builds the client into a temp folder, starts the real relay on it,
// seeds a schedule of N tasks over three years and opens it `runs` times in Chromium (gantt-bench.ts).
import { rm } from 'node:fs/promises';
import { launchBrowser } from '../../e2e/browser';
import { buildApp } from './build-app';
import { measureGantt, type GanttRun } from './gantt-bench';
import { seedSchedule } from './gantt-seed';
import { describeMachine, type Machine } from './machine';
import { startBenchRelay } from './relay-process';
import { summarize, type Summary } from './stats';

export const GANTT_SPAN_DAYS = 3 * 365;
const TIMEOUT_MS = 60_000;
const SEED = 20_260_301;

export interface GanttFigures {
  readonly machine: Machine;
  readonly tasks: number;
  readonly spanDays: number;
  readonly runs: readonly GanttRun[];
  readonly firstRenderMs: Summary | null;
  readonly liveRenderMs: Summary | null;
  /** Opened again: the first screen kept on the device, then the live schedule. */
  readonly reopenFirstRenderMs: Summary | null;
  readonly reopenLiveRenderMs: Summary | null;
  readonly idbReadMs: Summary | null;
  readonly verticalFps: Summary | null;
  readonly verticalSweepFps: Summary | null;
  readonly horizontalFps: Summary | null;
}

export async function measureGanttScenario(options: { readonly tasks: number; readonly runs: number; readonly log: (line: string) => void }): Promise<GanttFigures> {
  const seedStarted = performance.now();
  const seed = seedSchedule({ tasks: options.tasks, spanDays: GANTT_SPAN_DAYS, seed: SEED });
  options.log(`seeded ${options.tasks} tasks in ${Math.round(performance.now() - seedStarted)} ms`);
  const build = await buildApp(process.cwd());
  const relay = await startBenchRelay(build.dir);
  const browser = await launchBrowser();
  try {
    const machine = describeMachine(browser);
    const runs: GanttRun[] = [];
    for (let run = 0; run < options.runs; run++) {
      const result = await measureGantt(browser, relay.baseUrl, seed, TIMEOUT_MS);
      options.log(`run ${run + 1}: first render ${result.firstRenderMs} ms (live ${result.liveRenderMs}, IndexedDB read done at ${String(result.idbReadMs)}), reopened: first screen ${result.reopen.firstRenderMs} ms (${result.reopen.fromDeviceCache ? 'kept on the device' : 'not kept!'}), live ${result.reopen.liveRenderMs} ms, vertical flick ${result.vertical.fps} fps, sweep ${result.verticalSweep.fps} fps, horizontal ${result.horizontal.fps} fps, load ${result.loadAverage1m}`);
      runs.push(result);
    }
    return {
      machine, tasks: options.tasks, spanDays: GANTT_SPAN_DAYS, runs,
      firstRenderMs: summarize(runs.map((result) => result.firstRenderMs)),
      liveRenderMs: summarize(runs.map((result) => result.liveRenderMs)),
      reopenFirstRenderMs: summarize(runs.map((result) => result.reopen.firstRenderMs)),
      reopenLiveRenderMs: summarize(runs.map((result) => result.reopen.liveRenderMs)),
      idbReadMs: summarize(runs.flatMap((result) => (result.idbReadMs === null ? [] : [result.idbReadMs]))),
      verticalFps: summarize(runs.map((result) => result.vertical.fps)),
      verticalSweepFps: summarize(runs.map((result) => result.verticalSweep.fps)),
      horizontalFps: summarize(runs.map((result) => result.horizontal.fps)),
    };
  } finally {
    await browser.close();
    await relay.stop();
    await rm(build.dir, { recursive: true, force: true });
  }
}
