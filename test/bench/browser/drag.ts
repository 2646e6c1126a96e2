// Target 2: dragging a card on a big board. The board opens from IndexedDB (open-board.ts); then
// real mouse drags (page.mouse, so the app sees trusted pointer events) take the top card of each
// column by its handle to the second slot of the next column, round and round so columns stay even.
import type { Browser, Page } from 'playwright-core';
import { installColdOpenProbe, readColdOpenMarks } from './cold-open-probe';
import { expectDrop, installDragProbe, readDragRecord, waitForDrops, type DragRecord } from './drag-probe';
import { loadAverage1m } from './machine';
import { makeSeededContext } from './open-board';
import { boardPath } from './page-seed';
import type { SeededProject } from './seed-docs';

export interface DragRun extends DragRecord {
  readonly loadAverage1m: number;
  /** How long the board took to open first (context for the drags; same probe as the cold open). */
  readonly openMs: number;
  readonly cardsOnBoard: number;
  /** Cards built in the DOM when the board became interactive (columns are windowed). */
  readonly cardsInDom: number;
}

/** Pointer steps between the two columns: enough for the app to track the card across. */
const MOVE_STEPS = 8;
const DROP_TIMEOUT_MS = 30_000;

export async function measureDrags(browser: Browser, baseUrl: string, seed: SeededProject, cards: number, drags: number, openTimeoutMs: number): Promise<DragRun> {
  const context = await makeSeededContext(browser, baseUrl, seed);
  let stuck = false;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[drag] page error:', error));
    await installColdOpenProbe(page);
    await page.goto(`${baseUrl}${boardPath(seed)}`, { waitUntil: 'commit' });
    const opened = await readColdOpenMarks(page, openTimeoutMs).catch((error: unknown) => {
      // Still opening: closing the context would wait for it; the caller closes the browser instead.
      stuck = true;
      throw error;
    });
    const loadAverage = loadAverage1m();
    const record = await measureDragsOn(page, seed.columnIds, drags);
    return { ...record, loadAverage1m: loadAverage, openMs: opened.interactiveMs, cardsOnBoard: cards, cardsInDom: opened.cardsRendered };
  } finally {
    if (!stuck) await context.close();
  }
}

/** Drags on a board already open in `page`, each from the top of one column to the next. */
export async function measureDragsOn(page: Page, columnIds: readonly string[], drags: number): Promise<DragRecord> {
  await installDragProbe(page);
  for (let i = 0; i < drags; i++) {
    const from = columnIds[i % columnIds.length];
    const to = columnIds[(i + 1) % columnIds.length];
    if (from === undefined || to === undefined) throw new Error('the drag board needs columns');
    await dragTopCard(page, from, to);
    await waitForDrops(page, i + 1, DROP_TIMEOUT_MS);
  }
  return readDragRecord(page);
}

async function dragTopCard(page: Page, fromColumn: string, toColumn: string): Promise<void> {
  // The board snaps and may have scrolled sideways (focus, an earlier drop): bring the first
  // columns back so the drop point measured here is still over the target column at pointerup.
  await page.evaluate(`document.querySelector('.board').scrollLeft = 0; window.scrollTo(0, 0)`);
  const card = page.locator(`[data-column-id="${fromColumn}"] [data-task-id]`).first();
  const taskId = await card.getAttribute('data-task-id');
  const handle = await card.locator('.card__handle').boundingBox();
  // The drop point: the middle of the target column's second card, so the card lands near the top.
  const target = await page.locator(`[data-column-id="${toColumn}"] [data-task-id]`).nth(1).boundingBox();
  if (taskId === null || handle === null || target === null) throw new Error('a card to drag or a place to drop it is missing');
  const startX = handle.x + handle.width / 2;
  const startY = handle.y + handle.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 12, startY + 4);
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: MOVE_STEPS });
  await expectDrop(page, taskId, toColumn);
  await page.mouse.up();
}
