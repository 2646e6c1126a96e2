// The Gantt's recycled row slots on a 400-task schedule: after small and large scrolls every row in
// the table shows its own task at its own place, every bar sits on its row, and a small scroll hands
// new rows to only as many slot elements as rows scrolled, the others keeping their elements; the
// accessibility tree reads the rows in order, though the slots are not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createProject, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const TASKS = 400;
const ROW_PX = 32;

interface DrawnRow {
  readonly rowIndex: number;
  readonly y: number;
  readonly wbs: string;
  readonly name: string;
  readonly barLabel: string | null;
  readonly barY: number | null;
  readonly slotMark: string;
}

/** Every row element in the table, with its bar, read from the page; each row element is marked once, so a reused one is recognised. */
async function drawnRows(page: Page): Promise<DrawnRow[]> {
  return page.evaluate(() => {
    let next = Number(document.body.dataset.slotMarks ?? '0');
    const rows = [...document.querySelectorAll<HTMLElement>('.gantt-table__rows [data-row-id]')].map((row) => {
      if (row.dataset.slotMark === undefined) row.dataset.slotMark = String(next++);
      const id = row.dataset.rowId ?? '';
      const bar = document.querySelector<SVGGElement>(`.gantt-bars [data-task-id="${id}"]`);
      const body = bar?.querySelector<SVGRectElement>('.gantt-bar__body');
      const match = /translateY\((\d+)px\)/.exec(row.style.transform);
      return {
        rowIndex: Number(row.getAttribute('aria-rowindex')) - 2,
        y: match ? Number(match[1]) : -1,
        wbs: row.querySelector('.gantt-cell--wbs')?.textContent ?? '',
        name: row.querySelector('.gantt-cell--name')?.textContent ?? '',
        barLabel: bar?.getAttribute('aria-label') ?? null,
        // a bar is placed by its group's translate(x y), its parts drawn from there
        barY: body ? Number(/translate\(\S+ (\S+)\)/.exec(bar?.getAttribute('transform') ?? '')?.[1] ?? Number.NaN) + Number(body.getAttribute('y')) : null,
        slotMark: row.dataset.slotMark,
      };
    });
    document.body.dataset.slotMarks = String(next);
    return rows;
  });
}

async function scrollTo(page: Page, top: number): Promise<void> {
  await page.getByTestId('gantt-scroller').evaluate((element, value) => { element.scrollTop = value; }, top);
  // the scroll event comes before the next frame's animation callbacks, and the rows follow it at once
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const firstRow = Math.floor(top / ROW_PX);
  await expect.poll(async () => (await drawnRows(page)).some((row) => row.rowIndex === firstRow)).toBe(true);
  // after a jump past the overscan the overscan's rows follow once the scroll has settled
  await expect.poll(async () => isContiguous(await drawnRows(page))).toBe(true);
}

function isContiguous(rows: readonly DrawnRow[]): boolean {
  const indexes = rows.map((row) => row.rowIndex).sort((a, b) => a - b);
  return indexes.every((index, i) => index === (indexes[0] ?? 0) + i);
}

function expectEveryRowInItsPlace(rows: readonly DrawnRow[]): void {
  expect(rows.length).toBeGreaterThan(10);
  for (const row of rows) {
    const number = row.rowIndex + 1;
    expect(row.y).toBe(row.rowIndex * ROW_PX);
    expect(row.wbs).toBe(String(number));
    expect(row.name).toBe(`Task ${number}`);
    expect(row.barLabel?.startsWith(`Task ${number}: `)).toBe(true);
    expect(row.barY).toBeGreaterThanOrEqual(row.rowIndex * ROW_PX);
    expect(row.barY).toBeLessThan((row.rowIndex + 1) * ROW_PX);
  }
}

describe('the Gantt on a 400-task schedule', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower D', []);
    const { page } = ann;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    const lines = ['Task Name,Duration', ...Array.from({ length: TASKS }, (_, i) => `Task ${i + 1},${1 + (i % 5)}`)];
    await page.getByTestId('import-file').setInputFiles({ name: 'tasks.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await page.getByRole('button', { name: `Import ${TASKS} tasks` }).click();
    await page.getByRole('status').filter({ hasText: `Imported: ${TASKS} new, 0 updated.` }).waitFor();
    await page.getByRole('link', { name: 'Gantt chart' }).click();
    await page.locator('main.gantt-page[data-live="true"]').waitFor();
    await page.getByTestId('gantt-scroller').evaluate((element) => { element.scrollLeft = 0; });
  }, 120_000);

  it('shows every row and bar in its place after small and large scrolls, up and down', async () => {
    const { page } = ann;
    expectEveryRowInItsPlace(await drawnRows(page));
    for (const top of [3 * ROW_PX, 150 * ROW_PX, 151 * ROW_PX + 10, 390 * ROW_PX, 40 * ROW_PX, 0]) {
      await scrollTo(page, top);
      const rows = await drawnRows(page);
      expectEveryRowInItsPlace(rows);
      expect(isContiguous(rows)).toBe(true);
    }
  });

  it('in a jump past the overscan rewrites only the rows in view, and fills the overscan in once the scroll settles', async () => {
    const { page } = ann;
    await scrollTo(page, 20 * ROW_PX);
    const settled = await drawnRows(page);
    // Jump and read the rows in the frame that follows, in the page. The overscan is filled in a
    // moment after the last scroll; a frame that slow (a loaded machine) can't tell, so try again.
    let jump: { rowIds: string[]; inView: number[]; elapsedMs: number } | null = null;
    for (let attempt = 0; attempt < 5 && (jump === null || jump.elapsedMs > 80); attempt++) {
      const target = (120 + attempt * 40) * ROW_PX;
      jump = await page.getByTestId('gantt-scroller').evaluate((element, top) => new Promise<{ rowIds: string[]; inView: number[]; elapsedMs: number }>((resolve) => {
        const started = performance.now();
        element.scrollTop = top;
        requestAnimationFrame(() => {
          const rows = [...document.querySelectorAll<HTMLElement>('.gantt-table__rows [data-row-id]')].map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
          const first = Math.floor(element.scrollTop / 32);
          const last = Math.ceil((element.scrollTop + element.clientHeight - 48) / 32);
          resolve({ rowIds: rows.map(String), inView: Array.from({ length: last - first }, (_, i) => first + i), elapsedMs: performance.now() - started });
        });
      }), target);
      if (jump.elapsedMs > 80) await scrollTo(page, 20 * ROW_PX);
    }
    if (jump === null || jump.elapsedMs > 80) throw new Error('every frame after the jump took over 80 ms: the machine is too loaded to tell');
    const shown = jump.rowIds.map(Number);
    // every row in view is drawn at once ...
    for (const row of jump.inView) expect(shown).toContain(row);
    // ... and the other slots still hold rows from before the jump (out of view), not the new overscan
    const kept = shown.filter((row) => !jump.inView.includes(row));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((row) => settled.some((before) => before.rowIndex === row))).toBe(true);
    // once settled, the window is whole again, with its overscan
    await expect.poll(async () => isContiguous(await drawnRows(page))).toBe(true);
    const after = await drawnRows(page);
    expectEveryRowInItsPlace(after);
    expect(after.length).toBe(shown.length);
  });

  it('hands new rows to only as many elements as rows scrolled, and keeps the others with their rows', async () => {
    const { page } = ann;
    await scrollTo(page, 200 * ROW_PX);
    const before = await drawnRows(page);
    await scrollTo(page, 203 * ROW_PX);
    const after = await drawnRows(page);
    expectEveryRowInItsPlace(after);
    // the same elements are still there (none built or removed) ...
    expect(after.map((row) => row.slotMark).sort()).toEqual(before.map((row) => row.slotMark).sort());
    // ... and only three of them show another row now
    const rowOf = new Map(before.map((row) => [row.slotMark, row.rowIndex]));
    const moved = after.filter((row) => rowOf.get(row.slotMark) !== row.rowIndex);
    expect(moved.map((row) => row.rowIndex).sort((a, b) => a - b)).toEqual(
      after.map((row) => row.rowIndex).filter((index) => !before.some((row) => row.rowIndex === index)).sort((a, b) => a - b),
    );
    expect(moved).toHaveLength(3);
  });

  it('gives assistive technology the rows top to bottom, though the slots have wrapped round', async () => {
    const { page } = ann;
    await scrollTo(page, 250 * ROW_PX);
    await scrollTo(page, 257 * ROW_PX);
    const domOrder = (await drawnRows(page)).map((row) => row.rowIndex);
    expect(domOrder).not.toEqual([...domOrder].sort((a, b) => a - b));
    // Chromium's own accessibility tree (Playwright's aria snapshot doesn't reorder by aria-owns)
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const nameOf = (id: string): string => String(byId.get(id)?.name?.value ?? '');
    const group = nodes.find((node) => node.role?.value === 'rowgroup' && (node.childIds ?? []).some((id) => nameOf(id).includes('Task')));
    const read = (group?.childIds ?? []).map((id) => /^(\d+) Task/.exec(nameOf(id))?.[1]).filter((wbs) => wbs !== undefined).map((wbs) => Number(wbs) - 1);
    await cdp.detach();
    expect(read).toEqual([...domOrder].sort((a, b) => a - b));
  });
});
