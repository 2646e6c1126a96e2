// Two people co-editing a board through the real relay, live, without reloading: the first claims
// the relay, the second joins through an invitation made on the team page.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { addCard, card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

describe('two people on one board', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  it('a teammate who opens the invite link sees the project and its cards', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Riverside block B', ['Pour slab', 'Order cement', 'Check scaffolding']);
    await waitForSyncState(ann.page, 'saved-server');
    const link = await createInvite(ann.page, 'Member');
    expect(link).toMatch(/#\/join\/[A-Za-z0-9_.-]+$/);

    bo = await joinAs(e2e.browser, link, 'Bo Li');
    await bo.page.getByRole('link', { name: 'Riverside block B' }).click();
    for (const title of ['Pour slab', 'Order cement', 'Check scaffolding']) await card(bo.page, 'To do', title).waitFor();
    await ann.page.getByRole('link', { name: 'Riverside block B' }).click();
    await ann.page.getByTestId('presence').getByRole('img', { name: 'Bo Li' }).waitFor();
  });

  it("the other person's new card and keyboard move appear live", async () => {
    await addCard(bo.page, 'Doing', 'Inspect rebar');
    await card(ann.page, 'Doing', 'Inspect rebar').waitFor();

    await card(bo.page, 'To do', 'Order cement').focus();
    await bo.page.keyboard.press('Alt+ArrowRight');
    await card(bo.page, 'Doing', 'Order cement').waitFor();
    await expect.poll(() => bo.page.getByTestId('board-announcer').textContent()).toContain('Order cement');
    await card(ann.page, 'Doing', 'Order cement').waitFor();
    await waitForSyncState(bo.page, 'saved-server');
  });

  it('a card dragged with the mouse lands in the column it was dropped on, for both', async () => {
    const from = await card(ann.page, 'To do', 'Pour slab').boundingBox();
    const to = await ann.page.locator('[data-testid="column"]').nth(2).boundingBox();
    if (!from || !to) throw new Error('board not laid out');
    await ann.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await ann.page.mouse.down();
    await ann.page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
    await ann.page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 8 });
    await ann.page.locator('.card-slot--drop-before, .drop-indicator').first().waitFor();
    await ann.page.mouse.up();
    await card(ann.page, 'Done', 'Pour slab').waitFor();
    await card(bo.page, 'Done', 'Pour slab').waitFor();
  });

  it('the card editor writes fields the other person sees, and shows who is editing', async () => {
    await card(ann.page, 'Doing', 'Inspect rebar').click();
    const editor = ann.page.getByRole('dialog', { name: 'Edit card' });
    await bo.page.getByTestId('editing-marker').filter({ hasText: 'Ann Wang' }).waitFor();
    await editor.getByLabel('Description').fill('Level 3, grid C–F.\nPhotos for the engineer.');
    await editor.getByLabel('New tag').fill('Structure');
    await editor.getByRole('button', { name: 'Add tag' }).click();
    await editor.getByRole('checkbox', { name: 'Bo Li' }).check();
    await editor.getByLabel('New checklist item').fill('Spacing');
    await editor.getByRole('button', { name: 'Add item' }).click();
    await editor.getByRole('button', { name: 'Close' }).last().click();

    const boCard = bo.page.locator('[data-testid="card"]', { hasText: 'Inspect rebar' });
    await boCard.getByText('Structure').waitFor();
    await boCard.getByText('0/1').waitFor();
    await boCard.getByRole('img', { name: 'Assigned to Bo Li' }).waitFor();
    await card(bo.page, 'Doing', 'Inspect rebar').click();
    await expect.poll(() => bo.page.getByRole('dialog').getByLabel('Description').inputValue()).toBe('Level 3, grid C–F.\nPhotos for the engineer.');
  });

  it('the board exports the cards its filters show, with their fields', async () => {
    await bo.page.getByRole('dialog', { name: 'Edit card' }).getByRole('button', { name: 'Close' }).last().click();
    const exportCards = async (): Promise<string[]> => {
      const [download] = await Promise.all([bo.page.waitForEvent('download'), bo.page.getByRole('group', { name: 'Export the cards shown' }).getByRole('button', { name: 'Export .csv' }).click()]);
      return (await readFile(await download.path(), 'utf8')).split('\r\n');
    };
    const all = await exportCards();
    expect(all[0]).toBe('\uFEFFColumn,Title,Assignees,Due date,Priority,Progress %,Tags,Checklist done,Checklist items,Description');
    expect(all.find((line) => line.startsWith('Doing,Inspect rebar,'))).toBe('Doing,Inspect rebar,Bo Li,,Normal,0,Structure,0,1,"Level 3, grid C–F.\nPhotos for the engineer."');
    expect(all.length).toBeGreaterThan(3);
    await bo.page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: /^Assignee/ }).selectOption({ label: 'Bo Li' });
    expect((await exportCards()).filter((line) => line !== '').map((line) => line.split(',')[1])).toEqual(['Title', 'Inspect rebar']);
  });
});
