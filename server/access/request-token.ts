// Where a session token travels: `Authorization: Bearer` for the JSON API; for websockets, which
// can't set headers from a browser, the `Sec-WebSocket-Protocol` header or the `token` query value.
import type { IncomingHttpHeaders } from 'node:http';

/** Subprotocol carrying the token: the client offers `sitebeam.v1, token.<token>`. */
export const TOKEN_PROTOCOL_PREFIX = 'token.';
export const APP_PROTOCOL = 'sitebeam.v1';

export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer ([A-Za-z0-9._-]{10,1000})$/.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

export function upgradeToken(url: URL, headers: IncomingHttpHeaders): string | null {
  const offered = headers['sec-websocket-protocol'];
  const protocols = (Array.isArray(offered) ? offered.join(',') : offered ?? '').split(',').map((item) => item.trim());
  const fromProtocol = protocols.find((protocol) => protocol.startsWith(TOKEN_PROTOCOL_PREFIX));
  if (fromProtocol) return fromProtocol.slice(TOKEN_PROTOCOL_PREFIX.length) || null;
  return url.searchParams.get('token');
}
