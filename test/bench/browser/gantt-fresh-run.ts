// The fresh-device part of the Gantt's benchmark on its own, for more runs than the whole scenario
// affords: `npx tsx test/bench/browser/gantt-fresh-run.ts [--tasks 10000] [--runs 5] [--app-root DIR]
// [--settle-ms 0]`. Builds the client (from --app-root, to compare a change), starts the shipped relay
// on it, seeds the schedule through a stock y-websocket client, then opens it `runs` times on a new
// signed-in profile; every run's first bars and live schedule, and their median and worst, as JSON.
// --settle-ms waits that long after seeding, so the relay's own work on the 7 MB room it has just
// been given (a compaction, the first screen's rebuild) is over before the first open, as on a relay
// that has held the project for a while.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../../e2e/browser';
import { startRelayProcess } from '../relay-process';
import { buildServerBundle } from '../server-bundle';
import { buildApp } from './build-app';
import { measureFreshDevice, seedRelay, type FreshDeviceRun } from './gantt-fresh-device';
import { GANTT_SPAN_DAYS } from './gantt-scenario';
import { seedSchedule } from './gantt-seed';
import { describeMachine, loadAverage1m } from './machine';
import { summarize } from './stats';

const TIMEOUT_MS = 60_000;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

async function main(): Promise<void> {
  const tasks = Number(option('tasks', '10000'));
  const runs = Number(option('runs', '5'));
  const settleMs = Number(option('settle-ms', '0'));
  const seed = seedSchedule({ tasks, spanDays: GANTT_SPAN_DAYS, seed: 20_260_301 });
  const build = await buildApp(path.resolve(option('app-root', '.')));
  buildServerBundle();
  const relay = await startRelayProcess({ env: { STATIC_DIR: build.dir } });
  const browser = await launchBrowser();
  try {
    if (relay.claimSecret === null) throw new Error('the fresh relay logged no claim secret');
    const signedIn = await seedRelay(`http://127.0.0.1:${relay.port}`, relay.claimSecret, seed, TIMEOUT_MS);
    console.error(`relay's first screen, first ask: ${signedIn.firstAskMs} ms (${String(signedIn.firstAskComputedIn)})`);
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    const loadBefore = loadAverage1m();
    const results: FreshDeviceRun[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await measureFreshDevice(browser, signedIn, seed, TIMEOUT_MS);
      console.error(`fresh device ${run + 1}: first bars ${result.firstRenderMs} ms from ${result.firstSource} (asked at ${String(result.relayAskedMs)}, answered ${String(result.relayAnswerStatus)} at ${String(result.relayAnswerMs)}), live ${result.liveRenderMs} ms, load ${result.loadAverage1m}`);
      results.push(result);
    }
    console.log(JSON.stringify({
      machine: describeMachine(browser), tasks, settleMs, loadBefore, loadAfter: loadAverage1m(),
      firstRenderMs: summarize(results.map((result) => result.firstRenderMs)),
      relayAnswerMs: summarize(results.flatMap((result) => (result.relayAnswerMs === null ? [] : [result.relayAnswerMs]))),
      liveRenderMs: summarize(results.map((result) => result.liveRenderMs)),
      runs: results,
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
