// A finance room written by a newer app (a higher schema version: the labour tombstones raised it to 2)
// makes the labour, cost and funds pages of this build read-only with "please update", also when the
// room is stamped while the page is open: this build could misread its records (an app from before the
// tombstones read a deleted labour record as a live one and could sign it).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from '../relay/wait-for';
import { claimAs, createProject, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

async function sessionToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('sitebeam.session') ?? 'null') as { token: string } | null;
    if (stored === null) throw new Error('not signed in');
    return stored.token;
  });
}

describe('a finance room written by a newer app', () => {
  const e2e = useRelayAndBrowser();
  let ann: Person;

  it('turns the labour, cost and funds pages read-only with the update banner', async () => {
    ann = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(ann.page, 'Tower N', []);
    const boardUrl = ann.page.url();
    const projectId = /\/p\/([^/?#]+)/.exec(boardUrl)?.[1];
    if (projectId === undefined) throw new Error(`no project in ${boardUrl}`);
    await ann.page.goto(`${boardUrl}/labour`);
    const entry = ann.page.getByRole('form', { name: 'Record labour' });
    await entry.waitFor();
    expect(await ann.page.getByTestId('finance-newer-document').count()).toBe(0);
    await waitForSyncState(ann.page, 'saved-server');

    // a newer app opens the same room through the relay and stamps its version
    const newer = new Y.Doc();
    const provider = new WebsocketProvider(`${e2e.relay.baseUrl.replace('http', 'ws')}/sync`, `f.${projectId}`, newer, {
      params: { token: await sessionToken(ann.page) },
      // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    try {
      await waitFor(() => newer.getMap('meta').get('schemaVersion') === 2, 'the room holds this build’s finance version');
      newer.getMap('meta').set('schemaVersion', 3);

      // live on the open page: the banner comes, the entry form and the tools go
      const banner = ann.page.getByTestId('finance-newer-document');
      await banner.waitFor({ timeout: 15_000 });
      expect(await banner.innerText()).toBe('This data was saved by a newer version of the app. Please reload to update.');
      await entry.waitFor({ state: 'detached' });
      expect(await ann.page.getByRole('form', { name: 'Add worker' }).count()).toBe(0);
      expect(await ann.page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

      // and after a reload, from the device copy
      await ann.page.reload();
      await banner.waitFor();
      await ann.page.getByRole('heading', { name: 'Day labour', level: 1 }).waitFor();
      expect(await entry.count()).toBe(0);

      await ann.page.goto(`${boardUrl}/costs`);
      await banner.waitFor();
      await ann.page.getByText('You can read these figures but not change them.').waitFor();
      expect(await ann.page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

      await ann.page.goto(`${boardUrl}/funds`);
      await banner.waitFor();
      await ann.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await ann.page.locator('form.finance-form').count()).toBe(0);
      expect(await ann.page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
      // the room itself is left as the newer app wrote it
      expect(newer.getMap('meta').get('schemaVersion')).toBe(3);
    } finally {
      provider.destroy();
    }
  });
});
