// The benchmark runs our relay as it ships, with access control on: it claims the fresh relay,
// registers the rooms a scenario uses, and hands every client the owner's session token.
export interface BenchAccess {
  readonly token: string;
}

/** Project rooms (`p.<id>`) are registered under this workspace. */
const BENCH_WORKSPACE_ID = 'benchWorkspace';

export async function claimRelay(baseUrl: string, claimSecret: string): Promise<BenchAccess> {
  const claimed = await post(`${baseUrl}/api/claim`, { secret: claimSecret, name: 'bench owner', device: 'bench' });
  const token = (claimed as { token?: unknown }).token;
  if (typeof token !== 'string') throw new Error('claim answered without a token');
  await post(`${baseUrl}/api/workspaces`, { workspaceId: BENCH_WORKSPACE_ID }, token);
  return { token };
}

/** Registers `ws.<id>` rooms as workspaces and `p.<id>` rooms as projects of the bench workspace. */
export async function registerRooms(baseUrl: string, token: string, rooms: readonly string[]): Promise<void> {
  for (const room of rooms) {
    const [kind, id] = room.split('.');
    if (kind === 'ws') await post(`${baseUrl}/api/workspaces`, { workspaceId: id }, token);
    else if (kind === 'p') await post(`${baseUrl}/api/workspaces/${BENCH_WORKSPACE_ID}/projects`, { projectId: id }, token);
    else throw new Error(`the benchmark cannot register room ${room}`);
  }
}

async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
