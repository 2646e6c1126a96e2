// Working without signal: edits are kept on the device (IndexedDB), the app opens again from the
// service worker after a reload with no network, and everything reaches the team when back online.
import { beforeAll, describe, expect, it } from 'vitest';
import { addCard, card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

describe('offline on site', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Harbour depot', ['Pour slab', 'Order cement']);
    bo = await joinAs(e2e.browser, await createInvite(ann.page, 'Member'), 'Bo Li');
    await ann.page.getByRole('link', { name: 'Harbour depot' }).click();
    await bo.page.getByRole('link', { name: 'Harbour depot' }).click();
    await card(bo.page, 'To do', 'Pour slab').waitFor();
    // The app shell must be cached before the network goes away.
    await bo.page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await waitForSyncState(bo.page, 'saved-server');
  });

  it('shows offline, keeps edits through a reload without network, and delivers them when back', async () => {
    await bo.context.setOffline(true);
    await waitForSyncState(bo.page, 'offline');

    await addCard(bo.page, 'To do', 'Fix fence (offline)');
    await card(bo.page, 'To do', 'Pour slab').click();
    const title = bo.page.getByRole('dialog', { name: 'Edit card' }).getByLabel('Title');
    await title.fill('Pour slab, east bay');
    await title.press('Enter');
    await bo.page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await card(bo.page, 'To do', 'Pour slab, east bay').waitFor();
    await waitForSyncState(bo.page, 'saved-device');

    await bo.page.reload();
    expect(bo.dialogs).toContain('beforeunload');
    await card(bo.page, 'To do', 'Fix fence (offline)').waitFor();
    await card(bo.page, 'To do', 'Pour slab, east bay').waitFor();
    await waitForSyncState(bo.page, 'saved-device');

    await bo.context.setOffline(false);
    await card(ann.page, 'To do', 'Fix fence (offline)').waitFor();
    await card(ann.page, 'To do', 'Pour slab, east bay').waitFor();
    await waitForSyncState(bo.page, 'saved-server');
  });
});
