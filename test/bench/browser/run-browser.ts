// Browser-side benchmarks (`npx tsx test/bench/browser/run-browser.ts [--name value …]`): cold open
// of a big board from IndexedDB, card drag latency, and first-screen JavaScript size. Composition
// root: builds the client into a temp folder, starts the real relay on it, drives Debian's Chromium.
import { rm } from 'node:fs/promises';
import { launchBrowser } from '../../e2e/browser';
import { readConfig } from './bench-config';
import { buildApp } from './build-app';
import { entryScripts, measureBundle } from './bundle-size';
import { measureDrags } from './drag';
import { describeMachine } from './machine';
import { measureOpenSeries, type OpenSeries } from './open-series';
import { startBenchRelay } from './relay-process';
import { printReport } from './report-browser';
import { seedProject } from './seed-docs';

const OPEN_COLUMNS = ['Backlog', 'This week', 'On site', 'Inspection', 'Done'] as const;
const DRAG_COLUMNS = ['To do', 'Doing', 'Review', 'Done'] as const;
const DESCRIPTION_CHARS = 80;

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  const build = await buildApp(config.appRoot);
  const relay = await startBenchRelay(build.dir);
  let browser = await launchBrowser();
  try {
    const machine = describeMachine(browser);
    const opens: OpenSeries[] = [];
    for (const tasks of [...config.scalingTasks, config.openTasks]) {
      const seed = seedProject({ tasks, columns: OPEN_COLUMNS, descriptionChars: DESCRIPTION_CHARS, seed: config.seed });
      const series = await measureOpenSeries(browser, relay.baseUrl, seed, tasks, config.openRuns, config.openTimeoutMs);
      console.error(`cold open ${tasks} cards: ${series.runs.map((run) => Math.round(run.interactiveMs)).join(', ')}${series.unfinished ? ` (cut off at ${series.unfinished.timeoutMs} ms)` : ''}`);
      opens.push(series);
      if (series.unfinished) {
        // A cut-off tab keeps its renderer busy; a fresh browser keeps it out of later figures.
        await browser.close();
        browser = await launchBrowser();
      }
    }
    const dragSeed = seedProject({ tasks: config.dragTasks, columns: DRAG_COLUMNS, descriptionChars: DESCRIPTION_CHARS, seed: config.seed });
    const drag = await measureDrags(browser, relay.baseUrl, dragSeed, config.dragTasks, config.drags, config.dragOpenTimeoutMs)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error) }));
    const boardScripts = opens.flatMap((series) => series.runs).find((run) => run.scripts.length > 0)?.scripts ?? [];
    printReport({
      machine,
      appRoot: config.appRoot,
      buildMs: build.buildMs,
      opens,
      drag,
      firstScreen: await measureBundle(build.dir, await entryScripts(build.dir)),
      boardRoute: await measureBundle(build.dir, boardScripts),
    });
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
