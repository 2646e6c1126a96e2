// The Gantt's browser benchmark as one call, shared by its own runner (gantt-run.ts) and by
// `npm run bench -- --only gantt`: builds the client into a temp folder, starts the real relay on it,
// seeds a schedule of N tasks over three years and opens it `runs` times in Chromium (gantt-bench.ts);
// then, on the shipped relay holding the same schedule, opens it `runs` times on a fresh signed-in
// device, whose first bars come from the relay's first screen (gantt-fresh-device.ts).
import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { startRelayProcess } from '../relay-process';
import { buildServerBundle } from '../server-bundle';
import { buildApp } from './build-app';
import { measureGantt, type GanttRun } from './gantt-bench';
import { measureFreshDevice, seedRelay, type FreshDeviceRun } from './gantt-fresh-device';
import { seedSchedule } from './gantt-seed';
import type { SeededProject } from './seed-docs';
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
  /** A fresh signed-in device: nothing kept, the relay's first screen first (firstSource says what painted). */
  readonly freshDevice: { readonly firstAskMs: number; readonly firstAskComputedIn: string | null; readonly runs: readonly FreshDeviceRun[]; readonly firstRenderMs: Summary | null; readonly relayAnswerMs: Summary | null; readonly liveRenderMs: Summary | null };
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
    const freshDevice = await measureFreshDevices(browser, build.dir, seed, options);
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
      freshDevice,
    };
  } finally {
    await browser.close();
    await relay.stop();
    await rm(build.dir, { recursive: true, force: true });
  }
}

async function measureFreshDevices(browser: Browser, staticDir: string, seed: SeededProject, options: { readonly runs: number; readonly log: (line: string) => void }): Promise<GanttFigures['freshDevice']> {
  buildServerBundle();
  const relay = await startRelayProcess({ env: { STATIC_DIR: staticDir } });
  try {
    if (relay.claimSecret === null) throw new Error('the fresh relay logged no claim secret');
    const signedIn = await seedRelay(`http://127.0.0.1:${relay.port}`, relay.claimSecret, seed, TIMEOUT_MS);
    options.log(`relay's first screen, first ask: ${signedIn.firstAskMs} ms (computed in ${String(signedIn.firstAskComputedIn)})`);
    const runs: FreshDeviceRun[] = [];
    for (let run = 0; run < options.runs; run++) {
      const result = await measureFreshDevice(browser, signedIn, seed, TIMEOUT_MS);
      options.log(`fresh device ${run + 1}: first bars ${result.firstRenderMs} ms from ${result.firstSource} (asked at ${String(result.relayAskedMs)} ms, relay answered ${String(result.relayAnswerStatus)} at ${String(result.relayAnswerMs)} ms), live ${result.liveRenderMs} ms, load ${result.loadAverage1m}`);
      runs.push(result);
    }
    return {
      firstAskMs: signedIn.firstAskMs, firstAskComputedIn: signedIn.firstAskComputedIn,
      runs,
      firstRenderMs: summarize(runs.map((result) => result.firstRenderMs)),
      relayAnswerMs: summarize(runs.flatMap((result) => (result.relayAnswerMs === null ? [] : [result.relayAnswerMs]))),
      liveRenderMs: summarize(runs.map((result) => result.liveRenderMs)),
    };
  } finally {
    await relay.stop();
  }
}
