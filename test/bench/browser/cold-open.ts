// Target 1: a returning person opens a big project. Each run is a fresh browser profile: the app
// is visited once (service worker installed, shell cached, as after any earlier visit), the seeded
// rooms are written into IndexedDB, then a new tab opens the board's link. No session is held, so
// the app never connects: the figure is IndexedDB → interactive board.
import type { Browser } from 'playwright-core';
import { loadAverage1m } from './machine';
import { installColdOpenProbe, readColdOpenMarks, type ColdOpenMarks } from './cold-open-probe';
import { boardPath, writeSeedIntoPage } from './page-seed';
import type { SeededProject } from './seed-docs';

export interface ColdOpenRun extends ColdOpenMarks {
  readonly loadAverage1m: number;
  /** Script files the board's tab loaded, by path: the real first screen of this route. */
  readonly scripts: readonly string[];
}

const OPEN_TIMEOUT_MS = 60_000;

export async function measureColdOpen(browser: Browser, baseUrl: string, seed: SeededProject): Promise<ColdOpenRun> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  try {
    const first = await context.newPage();
    await first.goto(`${baseUrl}/`);
    await first.getByLabel('What should your team call you?').waitFor();
    await first.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: OPEN_TIMEOUT_MS });
    await writeSeedIntoPage(first, seed);
    await first.close();

    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[cold open] page error:', error));
    await installColdOpenProbe(page);
    const loadAverage = loadAverage1m();
    await page.goto(`${baseUrl}${boardPath(seed)}`, { waitUntil: 'commit' });
    const marks = await readColdOpenMarks(page, OPEN_TIMEOUT_MS);
    const scripts: unknown = await page.evaluate(`performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'))`);
    return { ...marks, loadAverage1m: loadAverage, scripts: Array.isArray(scripts) ? scripts.filter((path): path is string => typeof path === 'string') : [] };
  } finally {
    await context.close();
  }
}
