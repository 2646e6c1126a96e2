// Plain `ws` sockets for tests that must send what no well-behaved client sends.
import { WebSocket } from 'ws';

export async function openRawSocket(url: string, options: { answerPings?: boolean } = {}): Promise<WebSocket> {
  const socket = new WebSocket(url, { autoPong: options.answerPings ?? true });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

export function nextClose(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** The HTTP status of a refused upgrade, or 101 if a socket was opened after all. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('error', (error) => {
      if (!error.message.includes('Unexpected server response')) reject(error);
    });
  });
}
