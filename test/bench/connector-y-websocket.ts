// The stock y-websocket v3 client, for our relay (`/sync/<room>?token=…`) and for the classic
// y-websocket server (`/<room>`, no token).
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient, ClientTarget } from './connector';

export function connectYWebsocket(target: ClientTarget, room: string, doc: Y.Doc = new Y.Doc()): BenchClient {
  const provider = new WebsocketProvider(target.url, room, doc, {
    // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // every client lives in this one process; without this they would sync over BroadcastChannel
    disableBc: true,
    params: target.token === null ? {} : { token: target.token },
  });
  const whenSynced = new Promise<void>((resolve) => {
    if (provider.synced) return resolve();
    const onSync = (synced: boolean): void => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    whenSynced,
    isSynced: () => provider.synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
