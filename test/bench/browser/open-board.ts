// The arrange step both browser benchmarks share: a fresh browser profile that has visited the app
// once (service worker installed, shell cached, as after any earlier visit) and holds the seeded
// rooms in IndexedDB, with no session, so the app works from the device copy and never connects.
import type { Browser, BrowserContext } from 'playwright-core';
import { writeSeedIntoPage } from './page-seed';
import type { SeededProject } from './seed-docs';

export const VIEWPORT = { width: 1280, height: 800 } as const;
const SHELL_TIMEOUT_MS = 60_000;

export async function makeSeededContext(browser: Browser, baseUrl: string, seed: SeededProject): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  const first = await context.newPage();
  await first.goto(`${baseUrl}/`);
  await first.getByLabel('What should your team call you?').waitFor({ timeout: SHELL_TIMEOUT_MS });
  await first.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: SHELL_TIMEOUT_MS });
  await writeSeedIntoPage(first, seed);
  await first.close();
  return context;
}
