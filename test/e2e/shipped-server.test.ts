// What `npm start` runs is the esbuild bundle (build/server/main.mjs), not the TypeScript source:
// this checks that bundle serves the app, answers health checks and relays documents with the stock
// y-websocket client, so a bundling mistake (a dependency inlined wrongly, a missing file) fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from '../relay/wait-for';
import { startRelayProcess, type RelayProcess } from './relay-process';

describe('the shipped server bundle', () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    // access control off: this is about the bundle running, the access rules have their own tests
    relay = await startRelayProcess({ entry: 'bundle', env: { ACCESS_CONTROL: 'off' } });
  });
  afterAll(() => relay?.stop());

  it('serves the built app and reports healthy storage', async () => {
    const page = await fetch(`${relay.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    const health = await fetch(`${relay.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ storage: 'ok' });
  });

  it('relays a document between two stock y-websocket clients', async () => {
    const room = 'p.shippedBundle01';
    const syncUrl = `${relay.baseUrl.replace('http', 'ws')}/sync`;
    const open = (): { doc: Y.Doc; provider: WebsocketProvider } => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(syncUrl, room, doc, {
        // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      return { doc, provider };
    };
    const alice = open();
    const bob = open();
    try {
      alice.doc.getMap('tasks').set('a', 'from alice');
      await waitFor(() => bob.doc.getMap('tasks').get('a') === 'from alice', 'bob receives alice’s edit through the bundle');
      expect(bob.doc.getMap('tasks').toJSON()).toEqual({ a: 'from alice' });
    } finally {
      alice.provider.destroy();
      bob.provider.destroy();
    }
  });
});
