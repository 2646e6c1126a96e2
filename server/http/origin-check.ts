// Origin allowlist for websocket upgrades and state-changing API calls. A browser always sends
// Origin on these; a page on another site must not drive the relay with a member's cookies-free
// token either, so only the relay's own origin and configured ones pass. Non-browser clients
// (scripts, the stock y-websocket client in Node) send no Origin and are judged by their token.
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined || origin === '') return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
