// The Gantt in Chromium: first render of a big schedule (navigation → the first bars painted, timed
// in the page) and scrolling (a programmatic scroll, one step per animation frame, with every
// frame's time from requestAnimationFrame). Each run opens a fresh seeded profile (open-board.ts).
import type { Browser, Page } from 'playwright-core';
import { loadAverage1m } from './machine';
import { makeSeededContext } from './open-board';
import type { SeededProject } from './seed-docs';
import { round, summarize, type Summary } from './stats';

export interface GanttRun {
  readonly loadAverage1m: number;
  /** Navigation start → the first frame with bars in it painted (a fresh profile: the whole document loaded). */
  readonly firstRenderMs: number;
  /** Navigation start → the first painted frame of the live, editable schedule. */
  readonly liveRenderMs: number;
  /**
   * The same page opened again: the first screen kept on the device at the first visit
   * (shared/domain/schedule/first-screen.ts) paints before the whole document has loaded.
   */
  readonly reopen: { readonly firstRenderMs: number; readonly liveRenderMs: number; readonly fromDeviceCache: boolean; readonly firstSource: PaintSource };
  /** What painted the first run's first bars ('live' on a seeded profile, which is signed out). */
  readonly firstSource: PaintSource;
  /** Navigation start → y-indexeddb's read of the project room returned (null: not seen). */
  readonly idbReadMs: number | null;
  readonly barsInDom: number;
  readonly rowsInDom: number;
  /** A fast flick: FLICK_PX_PER_FRAME down per frame (about 10,000 px a second at 60 Hz). */
  readonly vertical: ScrollFigures;
  /** The whole schedule top to bottom in SWEEP_FRAMES frames: every frame shows all-new rows. */
  readonly verticalSweep: ScrollFigures;
  readonly horizontal: ScrollFigures;
}

export interface ScrollFigures {
  readonly frames: number;
  readonly fps: number;
  readonly frameMs: Summary | null;
  /** Frames longer than 20 ms (below 50 fps). */
  readonly slowFrames: number;
}

const SCROLL_FRAMES = 180;
const FLICK_PX_PER_FRAME = 160;

// Sent as source text (see page-seed.ts): records when the first bar appears, then the next frame.
export const FIRST_BAR_PROBE = `(() => {
  // when y-indexeddb's read of the project room returned (the rest of the open is the page's work)
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name === 'updates' && this.transaction.db.name.startsWith('p.') && window.__ganttIdbRead === undefined) {
      window.__ganttIdbRead = null;
      window.__ganttIdbStart = performance.now();
      request.addEventListener('success', () => { window.__ganttIdbRead = performance.now(); });
    }
    return request;
  };
  // a timer started in the next frame runs once that frame has been painted
  const afterPaint = (name) => requestAnimationFrame(() => setTimeout(() => { window[name] = performance.now(); }, 0));
  let barSeen = false;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.gantt-bar')) return;
    if (!barSeen) {
      barSeen = true;
      window.__ganttFromCache = document.querySelector('.gantt-page[data-live="false"]') !== null;
      // what painted the first bars: a first screen kept on the device, the relay's, or the live schedule
      window.__ganttFirstSource = document.querySelector('main.gantt-page')?.dataset.preview ?? 'live';
      afterPaint('__ganttFirstRender');
    }
    if (!document.querySelector('.gantt-page[data-live="true"]')) return;
    observer.disconnect();
    afterPaint('__ganttLive');
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const SCROLL_SOURCE = `(async ({ axis, frames, pxPerFrame }) => {
  const scroller = document.querySelector('[data-testid="gantt-scroller"]');
  const max = axis === 'y' ? scroller.scrollHeight - scroller.clientHeight : scroller.scrollWidth - scroller.clientWidth;
  const step = pxPerFrame ?? Math.max(1, Math.floor(max / frames));
  const times = [];
  let last = await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < frames; i++) {
    if (axis === 'y') scroller.scrollTop += step; else scroller.scrollLeft += step;
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    times.push(now - last);
    last = now;
  }
  return times;
})`;

export async function measureGantt(browser: Browser, baseUrl: string, seed: SeededProject, timeoutMs: number): Promise<GanttRun> {
  const context = await makeSeededContext(browser, baseUrl, seed);
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[gantt] page error:', error));
    await page.addInitScript(FIRST_BAR_PROBE);
    const loadAverage = loadAverage1m();
    await page.goto(`${baseUrl}/#/w/${seed.workspaceId}/p/${seed.projectId}/gantt`, { waitUntil: 'commit' });
    const first = await readRenderMarks(page, timeoutMs);
    const idbRead: unknown = await page.evaluate('window.__ganttIdbRead');
    const barsInDom = await page.locator('.gantt-bar').count();
    const rowsInDom = await page.locator('.gantt-row').count();
    const vertical = await scroll(page, 'y', FLICK_PX_PER_FRAME);
    await page.evaluate(`document.querySelector('[data-testid="gantt-scroller"]').scrollTop = 0`);
    const verticalSweep = await scroll(page, 'y', null);
    await page.evaluate(`document.querySelector('[data-testid="gantt-scroller"]').scrollTop = 0`);
    const horizontal = await scroll(page, 'x', null);
    // the first screen is written a moment after the schedule settles
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('sitebeam.ganttFirstScreen.')), undefined, { timeout: timeoutMs, polling: 100 });
    await page.reload({ waitUntil: 'commit' });
    const again = await readRenderMarks(page, timeoutMs);
    return {
      loadAverage1m: loadAverage, firstRenderMs: round(first.firstRenderMs), liveRenderMs: round(first.liveRenderMs),
      reopen: { firstRenderMs: round(again.firstRenderMs), liveRenderMs: round(again.liveRenderMs), fromDeviceCache: again.fromDeviceCache, firstSource: again.firstSource },
      firstSource: first.firstSource,
      idbReadMs: typeof idbRead === 'number' ? round(idbRead) : null, barsInDom, rowsInDom, vertical, verticalSweep, horizontal };
  } finally {
    await context.close();
  }
}

/** What painted the first bars (GanttPage's data-preview): a first screen kept on the device, the relay's, or the live schedule. */
export type PaintSource = 'device' | 'relay' | 'live';

function isPaintSource(value: unknown): value is PaintSource {
  return value === 'device' || value === 'relay' || value === 'live';
}

export async function readRenderMarks(page: Page, timeoutMs: number): Promise<{ firstRenderMs: number; liveRenderMs: number; fromDeviceCache: boolean; firstSource: PaintSource }> {
  // A function, not source text: the app's CSP forbids the eval a string predicate would need.
  await page.waitForFunction(() => typeof (globalThis as { __ganttLive?: number }).__ganttLive === 'number', undefined, { timeout: timeoutMs, polling: 50 });
  return {
    firstRenderMs: Number(await page.evaluate('window.__ganttFirstRender')),
    liveRenderMs: Number(await page.evaluate('window.__ganttLive')),
    fromDeviceCache: (await page.evaluate('window.__ganttFromCache')) === true,
    firstSource: await page.evaluate('window.__ganttFirstSource').then((source: unknown) => (isPaintSource(source) ? source : 'live')),
  };
}

export async function scroll(page: Page, axis: 'x' | 'y', pxPerFrame: number | null): Promise<ScrollFigures> {
  const times: unknown = await page.evaluate(`(${SCROLL_SOURCE})(${JSON.stringify({ axis, frames: SCROLL_FRAMES, pxPerFrame })})`);
  const frameTimes = Array.isArray(times) ? times.filter((value): value is number => typeof value === 'number') : [];
  const total = frameTimes.reduce((sum, value) => sum + value, 0);
  return {
    frames: frameTimes.length,
    fps: total > 0 ? round((frameTimes.length * 1000) / total) : 0,
    frameMs: summarize(frameTimes),
    slowFrames: frameTimes.filter((value) => value > 20).length,
  };
}
