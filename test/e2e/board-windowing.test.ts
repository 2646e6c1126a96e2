// A column holding more cards than fit builds only the cards in view (client/features/board/CardList.tsx):
// scrolling it brings the later ones in, and a card far down can still be opened, focused and moved by
// keyboard, with the move announced.
import { beforeAll, describe, expect, it } from 'vitest';
import { addCard, card, claimAs, column, createProject, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const COUNT = 40;
const titles = Array.from({ length: COUNT }, (_, index) => `Card ${String(index + 1).padStart(2, '0')}`);
const last = titles[COUNT - 1] ?? '';
const beforeLast = titles[COUNT - 2] ?? '';

describe('a column with more cards than fit', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Riverside block B', titles.slice(0, 1));
    for (const title of titles.slice(1)) await addCard(ann.page, 'To do', title);
    // Opened afresh, the column starts at its top.
    await ann.page.reload();
    await card(ann.page, 'To do', titles[0] ?? '').waitFor();
  }, 120_000);

  it('builds only the cards near the view, and scrolling the column brings the later ones in', async () => {
    const todo = column(ann.page, 'To do');
    const built = await todo.locator('[data-testid="card"]').count();
    expect(built).toBeGreaterThan(3);
    expect(built).toBeLessThan(COUNT);
    expect(await card(ann.page, 'To do', last).count()).toBe(0);
    // Every card counts for assistive technology, built or not.
    expect(await todo.locator('.card-slot').first().getAttribute('aria-setsize')).toBe(String(COUNT));

    await todo.locator('.card-list').hover();
    for (let i = 0; i < 20 && (await card(ann.page, 'To do', last).count()) === 0; i++) await ann.page.mouse.wheel(0, 600);
    await expect.poll(() => card(ann.page, 'To do', last).isVisible()).toBe(true);
    expect(await card(ann.page, 'To do', titles[0] ?? '').count()).toBe(0);
    expect(await todo.locator('.card-slot', { has: ann.page.getByRole('button', { name: last, exact: true }) }).getAttribute('aria-posinset')).toBe(String(COUNT));
  });

  it('opens a card far down the column', async () => {
    await card(ann.page, 'To do', last).click();
    const editor = ann.page.getByRole('dialog');
    await expect.poll(() => editor.getByLabel('Title', { exact: true }).inputValue()).toBe(last);
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await editor.waitFor({ state: 'detached' });
  });

  it('moves a card far down by keyboard within its column and to the next one, keeping focus and announcing it', async () => {
    await card(ann.page, 'To do', last).focus();
    await ann.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => ann.page.getByTestId('board-announcer').textContent()).toContain(`${last}`);
    await expect.poll(() => ann.page.getByTestId('board-announcer').textContent()).toContain(`${COUNT - 1}`);
    const order = await column(ann.page, 'To do').locator('.card__open').allTextContents();
    expect(order.slice(-2)).toEqual([last, beforeLast]);
    await expect.poll(() => ann.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(last);

    await ann.page.keyboard.press('Alt+ArrowRight');
    await card(ann.page, 'Doing', last).waitFor();
    await expect.poll(() => ann.page.getByTestId('board-announcer').textContent()).toContain('Doing');
    await expect.poll(() => ann.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(last);
    expect(await card(ann.page, 'To do', last).count()).toBe(0);
  });
});
