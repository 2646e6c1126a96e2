// The benchmark runs the relay as it ships, with access control on: it claims the fresh relay,
// registers the benchmark's workspace rooms, and hands every client the owner's session token.
export interface BenchAccess {
  readonly token: string;
}

export async function claimAndRegister(baseUrl: string, claimSecret: string, workspaceIds: readonly string[]): Promise<BenchAccess> {
  const claimed = await post(`${baseUrl}/api/claim`, { secret: claimSecret, name: 'bench owner', device: 'bench' });
  const token = (claimed as { token?: unknown }).token;
  if (typeof token !== 'string') throw new Error('claim answered without a token');
  for (const workspaceId of workspaceIds) await post(`${baseUrl}/api/workspaces`, { workspaceId }, token);
  return { token };
}

async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
