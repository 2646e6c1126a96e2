// Watches a cold open from inside the page, on the page's own clock (performance.now(): 0 is the
// start of the navigation). The app has no readiness marker, so "interactive" is defined from the
// outside: the first column's list is filled with cards down to the bottom of its visible part, its
// first card takes focus, and the frame that shows them has been painted and the main thread is free
// again (a task queued after that frame ran). Columns are windowed (only the cards in view plus some
// overscan are built), so "filled to the bottom of the view" replaced the earlier "holds 20 cards",
// which no longer holds for a list that shows ~6 cards at 800 px.
import type { Page } from 'playwright-core';

export interface ColdOpenMarks {
  readonly firstPaintMs: number | null;
  readonly firstContentfulPaintMs: number | null;
  /** The y-indexeddb 'updates' read of the project room: request made → result delivered. */
  readonly idbReadStartMs: number | null;
  readonly idbReadEndMs: number | null;
  /** First animation frame in which the first column's cards fill its visible part (DOM built). */
  readonly cardsInDomMs: number;
  /** After that frame was painted and a queued task ran: the board answers input from here. */
  readonly interactiveMs: number;
  readonly cardsRendered: number;
  /** Sum and longest of the main-thread tasks over 50 ms up to interactive (Long Tasks API). */
  readonly longTasksTotalMs: number;
  readonly longestTaskMs: number;
}

/** At least this many cards in the first column, and down to the bottom of what it shows. */
const CARDS_NEEDED = 3;

const PROBE_SOURCE = `(() => {
  const marks = { idbReadStartMs: null, idbReadEndMs: null, cardsInDomMs: null, interactiveMs: null, cardsRendered: 0, longTasks: [] };
  window.__coldOpen = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name === 'updates' && this.transaction.db.name.startsWith('p.') && marks.idbReadStartMs === null) {
      marks.idbReadStartMs = performance.now();
      request.addEventListener('success', () => { marks.idbReadEndMs = performance.now(); });
    }
    return request;
  };
  const watch = () => {
    const list = document.querySelector('[data-column-id] .card-list');
    const cards = list ? list.querySelectorAll('[data-task-id]') : [];
    const lastCard = cards[cards.length - 1];
    const filled = lastCard !== undefined && cards.length >= ${CARDS_NEEDED}
      && lastCard.getBoundingClientRect().bottom >= Math.min(list.getBoundingClientRect().bottom, innerHeight) - 1;
    const button = filled ? list.querySelector('.card__open') : null;
    if (!button) return requestAnimationFrame(watch);
    marks.cardsInDomMs = performance.now();
    button.focus();
    if (document.activeElement !== button) return requestAnimationFrame(watch);
    marks.cardsRendered = document.querySelectorAll('[data-task-id]').length;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { marks.interactiveMs = performance.now(); };
    requestAnimationFrame(() => channel.port2.postMessage(null));
  };
  requestAnimationFrame(watch);
})()`;

export async function installColdOpenProbe(page: Page): Promise<void> {
  await page.addInitScript(PROBE_SOURCE);
}

/** Thrown when the board is not interactive in time; the tab may still be inside one long task. */
export class OpenTimeoutError extends Error {
  override readonly name = 'OpenTimeoutError';
}

export async function readColdOpenMarks(page: Page, timeoutMs: number): Promise<ColdOpenMarks> {
  // A function, not source text: the app's CSP forbids the eval a string predicate would need.
  const ready = page.waitForFunction(() => {
    const marks = (globalThis as { __coldOpen?: { interactiveMs: number | null } }).__coldOpen;
    return marks !== undefined && marks.interactiveMs !== null;
  }, undefined, { timeout: 0, polling: 100 });
  // The limit is kept here, not by waitForFunction: its own timeout waits for the page's main thread,
  // which a long open holds for minutes. The abandoned wait ends when the browser closes.
  ready.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new OpenTimeoutError(`the board was not interactive within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ready, limit]);
  } finally {
    clearTimeout(timer);
  }
  const raw: unknown = await page.evaluate(`(() => {
    const paints = Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]));
    return { ...window.__coldOpen, firstPaintMs: paints['first-paint'] ?? null, firstContentfulPaintMs: paints['first-contentful-paint'] ?? null };
  })()`);
  return toMarks(raw);
}

function toMarks(raw: unknown): ColdOpenMarks {
  if (typeof raw !== 'object' || raw === null) throw new Error('the cold-open probe returned nothing');
  const value = raw as Record<string, unknown>;
  const number = (key: string): number => {
    const field = value[key];
    if (typeof field !== 'number') throw new Error(`the cold-open probe has no ${key}`);
    return field;
  };
  const optional = (key: string): number | null => (typeof value[key] === 'number' ? value[key] : null);
  const interactiveMs = number('interactiveMs');
  const longTasks = (Array.isArray(value.longTasks) ? value.longTasks : [])
    .filter((task): task is [number, number] => Array.isArray(task) && typeof task[0] === 'number' && typeof task[1] === 'number')
    .filter(([start]) => start < interactiveMs);
  return {
    firstPaintMs: optional('firstPaintMs'),
    firstContentfulPaintMs: optional('firstContentfulPaintMs'),
    idbReadStartMs: optional('idbReadStartMs'),
    idbReadEndMs: optional('idbReadEndMs'),
    cardsInDomMs: number('cardsInDomMs'),
    interactiveMs,
    cardsRendered: number('cardsRendered'),
    longTasksTotalMs: longTasks.reduce((sum, [, duration]) => sum + duration, 0),
    longestTaskMs: longTasks.reduce((longest, [, duration]) => Math.max(longest, duration), 0),
  };
}
