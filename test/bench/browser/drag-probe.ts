// Times card drags from inside the page, on the page's clock. A drop: from the capture-phase
// pointerup (before the app's own handler) until the frame after the moved card shows in its new
// column has been painted (a rAF, then a queued task: layout and paint of that frame are done).
// A move: the same from a pointermove while a card is dragged. Event Timing's pointerup entries
// (the browser's own input-to-next-paint, 8 ms granularity) are kept as a cross-check.
import type { Page } from 'playwright-core';

export interface DropTiming {
  /** pointerup → the moved card is in its new column's DOM (the app's handler has run). */
  readonly toDomMs: number;
  /** pointerup → start of the next animation frame after that. */
  readonly toFrameMs: number;
  /** pointerup → that frame painted and the main thread free again. */
  readonly toPaintMs: number;
}

const PROBE_SOURCE = `(() => {
  const state = { drops: [], moves: [], eventDurations: [], expect: null, dragging: false, moveBusy: false };
  window.__drag = state;
  const afterPaint = (start, done) => requestAnimationFrame(() => {
    const frame = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frame - start, performance.now() - start);
    channel.port2.postMessage(null);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'pointerup') state.eventDurations.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.addEventListener('pointerdown', () => { state.dragging = true; }, true);
  window.addEventListener('pointermove', () => {
    if (!state.dragging || state.moveBusy) return;
    state.moveBusy = true;
    afterPaint(performance.now(), (toFrame, toPaint) => { state.moves.push(toPaint); state.moveBusy = false; });
  }, true);
  window.addEventListener('pointerup', () => {
    state.dragging = false;
    const expect = state.expect;
    if (!expect) return;
    const start = performance.now();
    const selector = '[data-column-id="' + expect.columnId + '"] [data-task-id="' + expect.taskId + '"]';
    const landed = () => {
      const toDom = performance.now() - start;
      afterPaint(start, (toFrame, toPaint) => state.drops.push({ toDomMs: toDom, toFrameMs: toFrame, toPaintMs: toPaint }));
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      landed();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    state.expect = null;
  }, true);
})()`;

export async function installDragProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SOURCE);
}

/** The next pointerup is a drop of this card into this column. */
export async function expectDrop(page: Page, taskId: string, columnId: string): Promise<void> {
  await page.evaluate(`window.__drag.expect = ${JSON.stringify({ taskId, columnId })}`);
}

export async function waitForDrops(page: Page, count: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction((wanted) => {
    const state = (globalThis as { __drag?: { drops: unknown[] } }).__drag;
    return state !== undefined && state.drops.length >= wanted;
  }, count, { timeout: timeoutMs, polling: 'raf' });
}

export interface DragRecord {
  readonly drops: readonly DropTiming[];
  readonly movesToPaintMs: readonly number[];
  readonly pointerupEventDurationsMs: readonly number[];
}

export async function readDragRecord(page: Page): Promise<DragRecord> {
  const raw: unknown = await page.evaluate(`({ drops: window.__drag.drops, moves: window.__drag.moves, durations: window.__drag.eventDurations })`);
  if (typeof raw !== 'object' || raw === null) throw new Error('the drag probe returned nothing');
  const { drops, moves, durations } = raw as Record<string, unknown>;
  return {
    drops: Array.isArray(drops) ? drops.filter(isDropTiming) : [],
    movesToPaintMs: numbers(moves),
    pointerupEventDurationsMs: numbers(durations),
  };
}

function isDropTiming(value: unknown): value is DropTiming {
  if (typeof value !== 'object' || value === null) return false;
  const { toDomMs, toFrameMs, toPaintMs } = value as Record<string, unknown>;
  return typeof toDomMs === 'number' && typeof toFrameMs === 'number' && typeof toPaintMs === 'number';
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}
