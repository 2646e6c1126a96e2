// Steps the Gantt scenarios share: a bar found by its accessible name ("Title: 2026-03-02 to
// 2026-03-04"), its dates read back from that name, a task's table row and duration cell, opening the
// Gantt from a project, and a link drawn by dragging from one bar's finish handle onto another bar.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export function bar(page: Page, title: string) {
  return page.getByRole('img', { name: new RegExp(`^${title}: `) });
}

/** The start and finish a bar's accessible name states. */
export async function barDates(page: Page, title: string): Promise<{ start: string; finish: string }> {
  const label = (await bar(page, title).getAttribute('aria-label')) ?? '';
  const match = /(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(label);
  if (!match) throw new Error(`no dates in "${label}"`);
  return { start: match[1] ?? '', finish: match[2] ?? '' };
}

export function taskRow(page: Page, title: string) {
  return page.locator('[data-row-id]').filter({ hasText: title });
}

/** The duration cell's text ("3 d"). */
export async function durationText(page: Page, title: string): Promise<string> {
  return (await taskRow(page, title).locator('.gantt-cell--duration').textContent()) ?? '';
}

/** From a project's board: the Gantt link, then the task table. */
export async function openGantt(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Gantt chart' }).click();
  await page.getByRole('grid', { name: 'Tasks' }).waitFor();
}

/** Drags from the finish handle of `from` onto the start (left half) of `to`: a finish-to-start link. */
export async function linkByDrag(page: Page, from: string, to: string): Promise<void> {
  const source = await bar(page, from).locator('.gantt-bar__body').boundingBox();
  const target = await bar(page, to).locator('.gantt-bar__body').boundingBox();
  if (!source || !target) throw new Error('bars not laid out');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.move(source.x + source.width + 9, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 20, target.y + target.height / 2, { steps: 6 });
  await page.mouse.move(target.x + 2, target.y + target.height / 2, { steps: 2 });
  await page.mouse.up();
  await expect.poll(() => page.getByTestId('gantt-announcer').textContent()).toContain('(FS)');
}
