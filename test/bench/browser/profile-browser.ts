// Where the time of a cold open (or of card drops) goes: one run under Chromium tracing and the V8
// sampling profiler, printed as main-thread self time per trace event (script, style, layout,
// paint, GC) and JS self time per source package and per original function (via source maps).
// `npx tsx test/bench/browser/profile-browser.ts [--what open|drop|gantt|gantt-sweep] [--tasks N] [--app-root DIR]`
// (gantt: the first render of a seeded N-task schedule, as gantt-bench.ts measures it; gantt-sweep:
// scrolling its whole height in 180 frames)
// Tracing and sampling slow the page down: use it for shares, and run-browser.ts for figures.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { buildApp } from './build-app';
import { installColdOpenProbe, readColdOpenMarks } from './cold-open-probe';
import { printSelfTimes, readBuildMaps, selfTimes } from './cpu-profile';
import { measureDragsOn } from './drag';
import { FIRST_BAR_PROBE, scroll } from './gantt-bench';
import { GANTT_SPAN_DAYS } from './gantt-scenario';
import { seedSchedule } from './gantt-seed';
import { loadAverage1m } from './machine';
import { makeSeededContext } from './open-board';
import { boardPath } from './page-seed';
import { startBenchRelay } from './relay-process';
import { seedProject } from './seed-docs';
import { mainThreadSelfTimes, type TraceEvent } from './trace-summary';

const TOP = 20;

async function main(): Promise<void> {
  const flags = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i + 1 < argv.length; i += 2) flags.set((argv[i] ?? '').replace(/^--/, ''), argv[i + 1] ?? '');
  const what = flags.get('what') ?? 'open';
  const tasks = Number(flags.get('tasks') ?? 2000);
  const build = await buildApp(path.resolve(flags.get('app-root') ?? '.'));
  const relay = await startBenchRelay(build.dir);
  const browser = await launchBrowser();
  try {
    const columns = what === 'open' ? ['Backlog', 'This week', 'On site', 'Inspection', 'Done'] : ['To do', 'Doing', 'Review', 'Done'];
    const seed = what.startsWith('gantt') ? seedSchedule({ tasks, spanDays: GANTT_SPAN_DAYS, seed: 20_260_301 }) : seedProject({ tasks, columns, descriptionChars: 80, seed: 7 });
    const context = await makeSeededContext(browser, relay.baseUrl, seed);
    const page = await context.newPage();
    await installColdOpenProbe(page);
    const cdp = await context.newCDPSession(page);
    const profileOf = async (run: () => Promise<void>): Promise<void> => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await cdp.send('Profiler.start');
      await run();
      const { profile } = await cdp.send('Profiler.stop');
      const trace: unknown = JSON.parse((await browser.stopTracing()).toString('utf8'));
      // Chromium's own output, read as it documents it; the summary skips events it doesn't know.
      const events = (typeof trace === 'object' && trace !== null && 'traceEvents' in trace && Array.isArray(trace.traceEvents) ? trace.traceEvents : []) as TraceEvent[];
      const main = [...mainThreadSelfTimes(events)].map(([name, ms]) => ({ name, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
      const js = selfTimes(profile, await readBuildMaps(build.dir));
      console.log(`\n${what} of a ${tasks}-card board, load avg ${loadAverage1m()}`);
      console.log('Main thread self time by trace event (ms)');
      console.table(main.slice(0, TOP));
      printSelfTimes(js, TOP);
    };
    if (what === 'gantt-sweep') {
      await page.addInitScript(FIRST_BAR_PROBE);
      await page.goto(`${relay.baseUrl}/#/w/${seed.workspaceId}/p/${seed.projectId}/gantt`, { waitUntil: 'commit' });
      await page.waitForFunction(() => typeof (window as { __ganttLive?: number }).__ganttLive === 'number', undefined, { timeout: 300_000 });
      await profileOf(async () => {
        const sweep = await scroll(page, 'y', null);
        console.log(`sweep: ${sweep.fps} fps (under the profiler)`);
      });
    } else if (what === 'gantt') {
      await page.addInitScript(FIRST_BAR_PROBE);
      await profileOf(async () => {
        await page.goto(`${relay.baseUrl}/#/w/${seed.workspaceId}/p/${seed.projectId}/gantt`, { waitUntil: 'commit' });
        await page.waitForFunction(() => typeof (window as { __ganttFirstRender?: number }).__ganttFirstRender === 'number', undefined, { timeout: 300_000 });
        const marks = await page.evaluate(() => { const probe = window as { __ganttFirstRender?: number; __ganttIdbRead?: number }; return { __ganttFirstRender: probe.__ganttFirstRender, __ganttIdbRead: probe.__ganttIdbRead }; });
        console.log(`first bars painted at ${Math.round(marks.__ganttFirstRender ?? 0)} ms, IndexedDB read at ${Math.round(marks.__ganttIdbRead ?? 0)} ms (under the profiler)`);
      });
    } else if (what === 'open') {
      await profileOf(async () => {
        await page.goto(`${relay.baseUrl}${boardPath(seed)}`, { waitUntil: 'commit' });
        const marks = await readColdOpenMarks(page, 300_000);
        console.log(`interactive at ${Math.round(marks.interactiveMs)} ms (under the profiler)`);
      });
    } else {
      await openBoard(page, `${relay.baseUrl}${boardPath(seed)}`);
      await profileOf(async () => {
        const record = await measureDragsOn(page, seed.columnIds, 5);
        console.log(`drops → paint (under the profiler): ${record.drops.map((drop) => Math.round(drop.toPaintMs)).join(', ')} ms`);
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await relay.stop();
    await rm(build.dir, { recursive: true, force: true });
  }
}

async function openBoard(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  await readColdOpenMarks(page, 300_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
