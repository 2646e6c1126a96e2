// Where the Gantt's first render goes: one open of a seeded schedule under Chromium tracing and the
// V8 sampling profiler, printed as main-thread self time per trace event and JS self time per source
// package and per original function (via source maps), as profile-browser.ts does for the board.
// `npx tsx test/bench/browser/gantt-profile.ts [--tasks 10000] [--app-root DIR]`
// Tracing and sampling slow the page down: use it for shares, and gantt-run.ts for figures.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../../e2e/browser';
import { buildApp } from './build-app';
import { printSelfTimes, readBuildMaps, selfTimes } from './cpu-profile';
import { FIRST_BAR_PROBE } from './gantt-bench';
import { seedSchedule } from './gantt-seed';
import { loadAverage1m } from './machine';
import { makeSeededContext } from './open-board';
import { startBenchRelay } from './relay-process';
import { mainThreadSelfTimes, type TraceEvent } from './trace-summary';

const TOP = 25;
const TIMEOUT_MS = 120_000;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const tasks = Number(flag('tasks') ?? 10_000);
  const seed = seedSchedule({ tasks, spanDays: 3 * 365, seed: 20_260_301 });
  const build = await buildApp(path.resolve(flag('app-root') ?? '.'));
  const relay = await startBenchRelay(build.dir);
  const browser = await launchBrowser();
  try {
    const context = await makeSeededContext(browser, relay.baseUrl, seed);
    const page = await context.newPage();
    await page.addInitScript(FIRST_BAR_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await cdp.send('Profiler.start');
    await page.goto(`${relay.baseUrl}/#/w/${seed.workspaceId}/p/${seed.projectId}/gantt`, { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof (globalThis as { __ganttFirstRender?: number }).__ganttFirstRender === 'number', undefined, { timeout: TIMEOUT_MS, polling: 50 });
    const firstRender = Number(await page.evaluate('window.__ganttFirstRender'));
    console.log(await page.evaluate(`JSON.stringify(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]).concat([['idbStart', Math.round(window.__ganttIdbStart)], ['idb', Math.round(window.__ganttIdbRead)], ['first', Math.round(window.__ganttFirstRender)]]))`));
    const { profile } = await cdp.send('Profiler.stop');
    const trace: unknown = JSON.parse((await browser.stopTracing()).toString('utf8'));
    // Chromium's own output, read as it documents it; the summary skips events it doesn't know.
    const events = (typeof trace === 'object' && trace !== null && 'traceEvents' in trace && Array.isArray(trace.traceEvents) ? trace.traceEvents : []) as TraceEvent[];
    const mainThread = [...mainThreadSelfTimes(events)].map(([name, ms]) => ({ name, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
    const js = selfTimes(profile, await readBuildMaps(build.dir));
    console.log(`\nGantt of ${tasks} tasks: first render at ${Math.round(firstRender)} ms under the profiler, load avg ${loadAverage1m()}`);
    console.log('Main thread self time by trace event (ms)');
    console.table(mainThread.slice(0, TOP));
    printSelfTimes(js, TOP);
    await context.close();
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
