// A relay with real access control (claim, invitations, roles) for integration tests: the owner
// claims it over HTTP, registers a workspace and a project, and invites people with roles.
import type { Role } from '../../shared/domain/access';
import { createAccess } from '../../server/access/access';
import type { Access } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import type { RunningRelay, StartRelayOptions } from '../../server/start-relay';
import type { Harness } from './relay-harness';

export const WORKSPACE_ID = 'teamWorkspace01';
export const PROJECT_ID = 'teamProject0001';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly token: string;
  readonly sessionId: string;
}

export interface Team {
  readonly relay: RunningRelay;
  readonly access: Access;
  readonly owner: Person;
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }>;
  invite(role: Role, name: string): Promise<Person>;
}

export async function startTeamRelay(harness: Harness, options: Omit<StartRelayOptions, 'dataDir' | 'access'> = {}): Promise<Team> {
  const access = createAccess({ dataDir: harness.dataDir, clock: systemClock });
  const relay = await harness.start({ ...options, access });
  const base = relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
  const api: Team['api'] = async (method, path, body, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const person = (json: Record<string, unknown>): Person => {
    const user = json.user as { id: string; name: string };
    const session = json.session as { id: string };
    return { id: user.id, name: user.name, token: String(json.token), sessionId: session.id };
  };
  const claimed = await api('POST', '/api/claim', { secret: access.claims.openClaim(), name: 'Owner Li', device: 'laptop' });
  const owner = person(claimed.json);
  await api('POST', '/api/workspaces', { workspaceId: WORKSPACE_ID }, owner.token);
  await api('POST', `/api/workspaces/${WORKSPACE_ID}/projects`, { projectId: PROJECT_ID }, owner.token);
  return {
    relay, access, owner, api,
    async invite(role, name) {
      const link = await api('POST', `/api/workspaces/${WORKSPACE_ID}/invites`, { role }, owner.token);
      const joined = await api('POST', '/api/join', { link: link.json.token, name, device: 'phone' });
      if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.json)}`);
      return person(joined.json);
    },
  };
}
