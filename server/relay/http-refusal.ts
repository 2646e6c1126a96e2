// Refuses a websocket upgrade with a plain HTTP response, before any socket exists, so clients
// and proxies see an ordinary 400/401/403/404/429/503.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

export type RefusalStatus = 400 | 401 | 403 | 404 | 429 | 500 | 503;

export function refuseUpgrade(socket: Duplex, status: RefusalStatus, reason: string): void {
  if (socket.destroyed) return;
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  );
}
