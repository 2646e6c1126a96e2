// One person, two tabs of the same workspace in one browser: tabs don't talk to each other directly
// (BroadcastChannel is off, see client/sync/open-room.ts), they meet at the relay, and after both
// reload from the shared device copy they show the same board.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCard, card, claimAs, createProject, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const CARDS = ['Pour slab', 'Order cement (tab 1)', 'Check scaffolding (tab 2)'];

describe('two tabs of one workspace', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let second: Page;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Riverside block B', ['Pour slab']);
    await waitForSyncState(ann.page, 'saved-server');
    second = await ann.context.newPage();
    second.on('dialog', (dialog) => void dialog.accept());
    await second.goto(ann.page.url());
    await card(second, 'To do', 'Pour slab').waitFor();
  });

  it('an edit in either tab appears in the other', async () => {
    await addCard(ann.page, 'To do', 'Order cement (tab 1)');
    await card(second, 'To do', 'Order cement (tab 1)').waitFor();
    await addCard(second, 'To do', 'Check scaffolding (tab 2)');
    await card(ann.page, 'To do', 'Check scaffolding (tab 2)').waitFor();

    await card(second, 'To do', 'Pour slab').focus();
    await second.keyboard.press('Alt+ArrowRight');
    await card(ann.page, 'Doing', 'Pour slab').waitFor();
    await waitForSyncState(ann.page, 'saved-server');
    await waitForSyncState(second, 'saved-server');
  });

  it('after both reload, both show the same board', async () => {
    await Promise.all([ann.page.reload(), second.reload()]);
    for (const page of [ann.page, second]) {
      await card(page, 'Doing', 'Pour slab').waitFor();
      for (const title of CARDS.slice(1)) await card(page, 'To do', title).waitFor();
      await waitForSyncState(page, 'saved-server');
    }
    const titles = (page: Page) => page.locator('[data-testid="card"]').allTextContents();
    const [first, other] = await Promise.all([titles(ann.page), titles(second)]);
    expect(other).toEqual(first);
  });
});
