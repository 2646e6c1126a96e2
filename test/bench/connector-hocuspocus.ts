// Hocuspocus's own client. Each provider gets its own socket (no multiplexing), so a client is one
// connection as with y-websocket and the comparison counts the same thing.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { BenchClient, ClientTarget } from './connector';

export function connectHocuspocus(target: ClientTarget, room: string, doc: Y.Doc = new Y.Doc()): BenchClient {
  let synced = false;
  let resolveSynced = (): void => {};
  const whenSynced = new Promise<void>((resolve) => (resolveSynced = resolve));
  // v3 takes the WebSocket polyfill on the socket object, not on the document provider
  const socket = new HocuspocusProviderWebsocket({ url: target.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    onSynced: ({ state }) => {
      if (!state) return;
      synced = true;
      resolveSynced();
    },
  });
  // a provider handed its socket does not attach itself
  provider.attach();
  return {
    doc,
    whenSynced,
    isSynced: () => synced,
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
