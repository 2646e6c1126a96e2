// The app is installable: a linked manifest with real icons, and a service worker in control.
import { beforeAll, describe, expect, it } from 'vitest';
import { openAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly purpose?: string;
}

describe('installable PWA', () => {
  const e2e = useRelayAndBrowser();
  let person: Person;

  beforeAll(async () => {
    person = await openAs(e2e.browser, e2e.relay.baseUrl, 'Ann Wang');
  });

  it('links a manifest whose icons are fetchable PNGs', async () => {
    const href = await person.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href ?? '', person.page.url()).toString();
    const response = await person.page.request.get(manifestUrl);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as { name: string; short_name: string; display: string; icons: ManifestIcon[] };
    expect(manifest.name).toContain('SiteBeam');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const image = await person.page.request.get(new URL(icon.src, manifestUrl).toString());
      expect(image.ok()).toBe(true);
      expect(image.headers()['content-type']).toContain('image/png');
    }
  });

  it('without a session, keeps everything on the device and says so instead of knocking at the relay', async () => {
    await waitForSyncState(person.page, 'device-only');
    await person.page.getByTestId('team-card').getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('has an active service worker that controls the page', async () => {
    // `ready` resolves while the worker may still be activating; wait for the state to settle.
    await person.page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await person.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await person.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
  });

  it('switches the whole interface to Chinese and remembers it', async () => {
    await person.page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await person.page.getByRole('heading', { name: '项目' }).waitFor();
    await person.page.reload();
    await person.page.getByRole('heading', { name: '项目' }).waitFor();
    expect(await person.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});
