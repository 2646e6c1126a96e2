// When the device copy can't be written (disk full, database closed by the browser, IndexedDB
// unavailable) the person is told so in a lasting banner, the badge never says "saved on this
// device", and every edit still reaches the team through the relay.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { addCard, card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const PROJECT = 'Harbour depot';

function banner(page: Page) {
  return page.getByTestId('device-copy-problem');
}

/** Waits for the badge to settle on "saved on server" and checks it never claimed the device copy. */
async function expectNoDeviceClaim(page: Page): Promise<void> {
  await waitForSyncState(page, 'saved-server');
  expect(await page.locator('[data-testid="sync-status"][data-state="saved-device"]').count()).toBe(0);
}

describe('edits when the device copy fails', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;
  let bo: Person;

  beforeAll(async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, PROJECT, ['Pour slab']);
    bo = await joinAs(e2e.browser, await createInvite(ann.page, 'Member'), 'Bo Li');
    await ann.page.getByRole('link', { name: PROJECT }).click();
    await bo.page.getByRole('link', { name: PROJECT }).click();
    await card(bo.page, 'To do', 'Pour slab').waitFor();
    await waitForSyncState(ann.page, 'saved-server');
  });

  it('a full disk is announced, edits reach the teammate, and the device copy is saved again once space is back', async () => {
    let cdp: CDPSession | null = null;
    const di = await joinAs(e2e.browser, await createInvite(ann.page, 'Member'), 'Di Chen', {
      // Chromium applies a quota override only to an origin whose storage it has not opened yet.
      prepare: async (page) => {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: e2e.relay.baseUrl, quotaSize: 1 });
      },
    });
    await ann.page.getByRole('link', { name: PROJECT }).click();
    await di.page.getByRole('link', { name: PROJECT }).click();
    await card(di.page, 'To do', 'Pour slab').waitFor();

    await addCard(di.page, 'To do', 'Order cement (disk full)');
    await banner(di.page).waitFor();
    expect(await banner(di.page).getAttribute('data-problem')).toBe('quota');
    expect(await banner(di.page).textContent()).toContain('out of storage space');
    await card(ann.page, 'To do', 'Order cement (disk full)').waitFor();
    await expectNoDeviceClaim(di.page);

    // Offline, the unsent edit is only in this tab, and the badge says so.
    await di.context.setOffline(true);
    await addCard(di.page, 'To do', 'Check fence (disk full, offline)');
    await waitForSyncState(di.page, 'tab-only');
    await di.context.setOffline(false);
    await card(ann.page, 'To do', 'Check fence (disk full, offline)').waitFor();
    await expectNoDeviceClaim(di.page);

    await cdp!.send('Storage.overrideQuotaForOrigin', { origin: e2e.relay.baseUrl });
    await banner(di.page).waitFor({ state: 'detached', timeout: 30_000 });
    await di.page.reload();
    await card(di.page, 'To do', 'Order cement (disk full)').waitFor();
    await card(di.page, 'To do', 'Check fence (disk full, offline)').waitFor();
    await waitForSyncState(di.page, 'saved-server');
    await di.context.close();
  });

  it('a database the browser closed is announced, and edits still reach the teammate', async () => {
    // Another connection asking for a newer version makes the browser close the app's connections.
    await ann.page.evaluate(async () => {
      const databases = await indexedDB.databases();
      await Promise.all(databases.map(({ name, version }) => new Promise<void>((resolve, reject) => {
        if (name === undefined) return resolve();
        const request = indexedDB.open(name, (version ?? 1) + 1);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      })));
    });
    await banner(ann.page).waitFor();
    expect(await banner(ann.page).getAttribute('data-problem')).toBe('closed');

    await addCard(ann.page, 'Doing', 'Inspect rebar (database closed)');
    await card(bo.page, 'Doing', 'Inspect rebar (database closed)').waitFor();
    await expectNoDeviceClaim(ann.page);

    await ann.context.setOffline(true);
    await addCard(ann.page, 'Doing', 'Sign off pour (database closed, offline)');
    await waitForSyncState(ann.page, 'tab-only');
    await ann.context.setOffline(false);
    await card(bo.page, 'Doing', 'Sign off pour (database closed, offline)').waitFor();
    await expectNoDeviceClaim(ann.page);
    expect(await banner(ann.page).isVisible()).toBe(true);
  });

  it('a browser without IndexedDB still opens the board from the relay, says so, and syncs edits', async () => {
    const link = await createInvite(ann.page, 'Member');
    await ann.page.getByRole('link', { name: PROJECT }).click();
    const cai = await joinAs(e2e.browser, link, 'Cai Zhou', {
      // As in some private modes: opening any database fails.
      prepare: async (page) => {
        await page.addInitScript(() => {
          IDBFactory.prototype.open = () => {
            throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
          };
        });
      },
    });
    await banner(cai.page).waitFor();
    expect(await banner(cai.page).getAttribute('data-problem')).toBe('unavailable');
    await cai.page.getByRole('link', { name: PROJECT }).click();
    await card(cai.page, 'To do', 'Order cement (disk full)').waitFor();

    await addCard(cai.page, 'Done', 'Deliver rebar (no IndexedDB)');
    await card(ann.page, 'Done', 'Deliver rebar (no IndexedDB)').waitFor();
    await card(bo.page, 'Done', 'Deliver rebar (no IndexedDB)').waitFor();
    await expectNoDeviceClaim(cai.page);
    await cai.context.close();
  });
});
