// A cold open whose app code cannot be loaded (no service worker yet, and the request for the app's
// chunk fails) says so in both languages with a Reload button, instead of an empty page; once the
// chunk can be fetched again, Reload opens the app.
import { describe, expect, it } from 'vitest';
import { useRelayAndBrowser } from './lifecycle';

describe('the app’s code failing to load', () => {
  const e2e = useRelayAndBrowser();

  it('shows a message in Chinese and English with a Reload button that opens the app once it can load', async () => {
    const context = await e2e.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const rejections: string[] = [];
    page.on('pageerror', (error) => void rejections.push(error.message));
    const appChunk = /\/assets\/start-[^/]*\.js$/;
    await page.route(appChunk, (route) => route.abort('internetdisconnected'));
    await page.goto(e2e.relay.baseUrl);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('SiteBeam 无法加载。请检查网络，然后重新加载。 SiteBeam could not load. Check the connection, then reload.');
    expect(rejections).toEqual([]);

    await page.unroute(appChunk);
    await page.getByRole('button', { name: '重新加载 · Reload' }).click();
    // a fresh device: the app's welcome asks for a name
    await page.getByRole('heading', { name: 'Welcome to SiteBeam' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
