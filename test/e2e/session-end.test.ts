// A session ended while the app is open: the owner signs their second device in with a device link,
// then signs that device out from the first one. The second device's open sockets are closed by the
// relay (4401); its app says the session ended, stops syncing, and keeps everything on the device.
import { beforeAll, describe, it } from 'vitest';
import { claimAs, createProject, openApp, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

describe('a session ended while connected', () => {
  const e2e = useRelayAndBrowser();
  let laptop: Person;
  let phone: Person;

  beforeAll(async () => {
    laptop = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(laptop.page, 'Harbour depot', ['Pour slab']);
    await waitForSyncState(laptop.page, 'saved-server');
  });

  it('signs the other device out at once: it says so and stops syncing', async () => {
    await laptop.page.getByRole('link', { name: /Projects/ }).first().click();
    await laptop.page.getByRole('link', { name: 'Team and invitations' }).click();
    await laptop.page.getByRole('button', { name: 'Create device link' }).click();
    const link = await laptop.page.getByLabel('Device link').inputValue();

    phone = await openApp(e2e.browser, link, 'Ann Wang');
    await phone.page.getByRole('button', { name: 'Sign in this device' }).click();
    await phone.page.getByRole('heading', { name: 'Projects' }).waitFor();
    await waitForSyncState(phone.page, 'saved-server');

    await laptop.page.reload();
    const otherDevice = laptop.page.getByRole('button', { name: /^Sign out (?!.*this device)/ });
    await otherDevice.first().click();
    await phone.page.getByText('Your session has ended.', { exact: false }).first().waitFor({ timeout: 10_000 });
    await waitForSyncState(phone.page, 'device-only');
  });
});
