// Target 1: a returning person opens a big project. Each run is a fresh browser profile holding the
// seeded rooms (see open-board.ts); a new tab opens the board's link and the probe times it. No
// session is held, so the app never connects: the figure is IndexedDB → interactive board.
import type { Browser } from 'playwright-core';
import { loadAverage1m } from './machine';
import { installColdOpenProbe, readColdOpenMarks, type ColdOpenMarks } from './cold-open-probe';
import { makeSeededContext } from './open-board';
import { boardPath } from './page-seed';
import type { SeededProject } from './seed-docs';

export interface ColdOpenRun extends ColdOpenMarks {
  readonly loadAverage1m: number;
  /** Script files the board's tab loaded, by path: the real first screen of this route. */
  readonly scripts: readonly string[];
}

export async function measureColdOpen(browser: Browser, baseUrl: string, seed: SeededProject, timeoutMs: number): Promise<ColdOpenRun> {
  const context = await makeSeededContext(browser, baseUrl, seed);
  let stuck = false;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[cold open] page error:', error));
    await installColdOpenProbe(page);
    const loadAverage = loadAverage1m();
    await page.goto(`${baseUrl}${boardPath(seed)}`, { waitUntil: 'commit' });
    const marks = await readColdOpenMarks(page, timeoutMs).catch((error: unknown) => {
      // The tab is still inside one long task, and closing the context would wait it out: leave it
      // for the caller, who closes the whole browser (that does not wait).
      stuck = true;
      throw error;
    });
    const scripts: unknown = await page.evaluate(`performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'))`);
    return { ...marks, loadAverage1m: loadAverage, scripts: Array.isArray(scripts) ? scripts.filter((path): path is string => typeof path === 'string') : [] };
  } finally {
    if (!stuck) await context.close();
  }
}
