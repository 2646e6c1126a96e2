// Refuses a websocket upgrade with a plain HTTP response, before any socket exists, so clients
// and proxies see an ordinary 400/401/403/404/429/503.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RelayErrorKind } from './relay-observer';

export type RefusalStatus = 400 | 401 | 403 | 404 | 429 | 500 | 503;

/** The error kind an upgrade refusal counts as; null for 503 (the relay is shutting down, nothing went wrong). */
export function refusalErrorKind(status: RefusalStatus): RelayErrorKind | null {
  switch (status) {
    case 400:
    case 404:
      return 'upgrade-bad-target';
    case 401:
    case 403:
      return 'auth-refused';
    case 429:
      return 'connection-rate-limited';
    case 500:
      return 'upgrade-failed';
    case 503:
      return null;
  }
}

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
