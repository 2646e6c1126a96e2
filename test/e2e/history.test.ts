// Who changed what, through the real relay: a member renames a card; the owner opens that card's
// history and the project's activity feed and sees the member's name with "changed the title",
// read from the relay's history and attributed against the owner's own synced document.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

describe('history of changes', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let member: Person;

  beforeAll(async () => {
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(owner.page, 'Harbour depot', ['Pour slab', 'Order cement']);
    await waitForSyncState(owner.page, 'saved-server');
    member = await joinAs(e2e.browser, await createInvite(owner.page, 'Member'), 'Bo Li');
    for (const person of [owner, member]) {
      await person.page.getByRole('link', { name: 'Harbour depot' }).click();
      await card(person.page, 'To do', 'Pour slab').waitFor();
    }
  });

  it("the owner sees the member's rename in the card's history", async () => {
    await card(member.page, 'To do', 'Pour slab').click();
    const memberEditor = member.page.getByRole('dialog', { name: 'Edit card' });
    await memberEditor.getByLabel('Title').fill('Pour slab, wall B');
    await memberEditor.getByLabel('Title').press('Tab');
    await memberEditor.getByRole('button', { name: 'Close' }).last().click();

    await card(owner.page, 'To do', 'Pour slab, wall B').click();
    const editor = owner.page.getByRole('dialog', { name: 'Edit card' });
    const history = editor.getByTestId('card-history');
    // Collapsed until asked for; opened from the keyboard like any other control.
    expect(await history.getByTestId('history-list').count()).toBe(0);
    await history.locator('summary').focus();
    await owner.page.keyboard.press('Enter');
    await history.getByTestId('history-line').filter({ hasText: 'Bo Li changed the title' }).waitFor();
    await history.getByTestId('history-line').filter({ hasText: 'Ann Wang created the card' }).waitFor();
    const lines = await history.getByTestId('history-line').allInnerTexts();
    expect(lines[0]).toContain('Bo Li changed the title');
    await editor.getByRole('button', { name: 'Close' }).last().click();
  });

  it('the activity page lists the rename and opens the card from it', async () => {
    const page = owner.page;
    await page.getByRole('link', { name: 'Project activity' }).click();
    const line = page.getByTestId('history-line').filter({ hasText: 'Bo Li changed the title' });
    await line.waitFor();
    // the feed exports as shown: time as a date and time, who, the card's title and what they did
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export the activity' }).getByRole('button', { name: 'Export .csv' }).click()]);
    const rows = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(rows[0]).toBe('\uFEFFTime,Who,Card,What');
    expect(rows.filter((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},Bo Li,"Pour slab, wall B",changed the title/.test(row))).toHaveLength(1);
    await line.getByRole('link', { name: 'Open card Pour slab, wall B' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit card' });
    await editor.waitFor();
    expect(await editor.getByLabel('Title').inputValue()).toBe('Pour slab, wall B');
    await editor.getByRole('button', { name: 'Close' }).last().click();
    await card(page, 'To do', 'Order cement').waitFor();
  });

  it('the activity page fits a 360 px wide phone', async () => {
    const page = owner.page;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: 'Project activity' }).click();
    await page.getByTestId('history-line').filter({ hasText: 'Bo Li changed the title' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
