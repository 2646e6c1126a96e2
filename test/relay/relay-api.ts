// The JSON API of a relay started again in a test (a restart gets a new port): the same calls as
// team-fixture.ts's `api`, against that relay.
import type { Team } from './team-fixture';

export function relayApi(syncUrl: string): Team['api'] {
  const base = syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
  return async (method, route, body, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${base}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
}
