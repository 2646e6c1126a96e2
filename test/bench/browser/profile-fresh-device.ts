// Where the time goes on a fresh device between the relay's first-screen answer and the first bars:
// one fresh-device open of a seeded N-task schedule (gantt-fresh-device.ts) under the V8 sampling
// profiler, from navigation until the first bars are painted, printed as JS self time per source
// package and per original function, with the page's long tasks (over 50 ms), its requests and the relay's stalls in time order.
// `npx tsx test/bench/browser/profile-fresh-device.ts [--tasks 10000] [--app-root DIR]`
// Sampling slows the page down: use it for shares, and gantt-run.ts for figures.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../../e2e/browser';
import { startRelayProcess } from '../relay-process';
import { buildServerBundle } from '../server-bundle';
import { buildApp } from './build-app';
import { printSelfTimes, readBuildMaps, selfTimes } from './cpu-profile';
import { ganttUrl, openFreshDevice, readRelayAnswer, seedRelay } from './gantt-fresh-device';
import { GANTT_SPAN_DAYS } from './gantt-scenario';
import { seedSchedule } from './gantt-seed';
import { loadAverage1m } from './machine';

const TOP = 25;
const TIMEOUT_MS = 300_000;
/** Records the page's long tasks from its first moment (the observer sees none before it exists). */
const LONG_TASK_PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
})()`;

const WATCH_EVERY_MS = 20;
/** A /healthz answer slower than this means the relay's thread was busy. */
const STALL_MS = 40;

/** Asks the relay's /healthz over and over and keeps the slow answers: when its thread was blocked, and for how long. */
function watchRelay(baseUrl: string): { stop(): Promise<{ at: number; ms: number }[]> } {
  const started = performance.now();
  const slow: { at: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const asked = performance.now();
      await fetch(`${baseUrl}/healthz`).then((response) => response.text());
      const ms = performance.now() - asked;
      if (ms > STALL_MS) slow.push({ at: Math.round(asked - started), ms: Math.round(ms) });
      await new Promise((resolve) => setTimeout(resolve, WATCH_EVERY_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return slow;
    },
  };
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1] ?? fallback;
}

async function main(): Promise<void> {
  const tasks = Number(option('tasks', '10000'));
  const build = await buildApp(path.resolve(option('app-root', '.')));
  buildServerBundle();
  const relay = await startRelayProcess({ env: { STATIC_DIR: build.dir } });
  const browser = await launchBrowser();
  try {
    if (relay.claimSecret === null) throw new Error('the fresh relay logged no claim secret');
    const seed = seedSchedule({ tasks, spanDays: GANTT_SPAN_DAYS, seed: 20_260_301 });
    const signedIn = await seedRelay(`http://127.0.0.1:${relay.port}`, relay.claimSecret, seed, TIMEOUT_MS);
    const { context, page } = await openFreshDevice(browser, signedIn, seed);
    await page.addInitScript(LONG_TASK_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const stalls = watchRelay(signedIn.baseUrl);
    await page.goto(ganttUrl(signedIn, seed), { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof (globalThis as { __ganttFirstRender?: number }).__ganttFirstRender === 'number', undefined, { timeout: TIMEOUT_MS, polling: 20 });
    const { profile } = await cdp.send('Profiler.stop');
    const relayStalls = await stalls.stop();
    const firstRender = Number(await page.evaluate('window.__ganttFirstRender'));
    const source: unknown = await page.evaluate('window.__ganttFirstSource');
    const answer = await readRelayAnswer(page);
    const longTasks: unknown = await page.evaluate('window.__longTasks');
    const resources: unknown = await page.evaluate(`performance.getEntriesByType('resource').map((entry) => ({ name: entry.name.replace(/^.*\\//, '').slice(0, 40), start: Math.round(entry.startTime), end: Math.round(entry.responseEnd), kB: Math.round(entry.transferSize / 1024) }))`);
    const js = selfTimes(profile, await readBuildMaps(build.dir));
    console.log(`\nfresh device, ${tasks} tasks, load avg ${loadAverage1m()} (under the profiler)`);
    console.log(`first bars at ${Math.round(firstRender)} ms from ${String(source)}; first screen asked at ${Math.round(answer?.start ?? -1)} ms, answered at ${Math.round(answer?.end ?? -1)} ms`);
    console.log('Long tasks (start ms, duration ms)');
    console.table(longTasks);
    console.log(`The relay's slow answers to /healthz (asked every ${WATCH_EVERY_MS} ms from Node; ms since the page was opened)`);
    console.table(relayStalls);
    console.log('Requests (start ms, response end ms, kB)');
    console.table(resources);
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
