// What the relay alert tests share (alerts.test.ts, alerts-budget.test.ts): a team relay whose clock,
// snapshot job and robot sends are driven by hand (any host, for the local stand-in of the IM
// services), a project added in the team's workspace and registered with the relay, and `settle`: let
// the relay see an edit, run the debounced snapshot once its quiet time has passed, and wait for the
// alert checks that snapshot starts.
import { expect } from 'vitest';
import type { SnapshotJob } from '../../server/metrics/snapshot-job';
import type { RunningRelay, StartRelayOptions } from '../../server/start-relay';
import type { ProjectId, UserId } from '../../shared/ids';
import { addProject } from '../../shared/schema';
import { workspaceRoom } from '../../shared/schema/room-name';
import type { Harness } from './relay-harness';
import { WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

export function alertRelayOptions(now: () => number): Omit<StartRelayOptions, 'dataDir' | 'access'> {
  return { clock: { now }, metrics: { autoTick: false }, robots: { autoTick: false, anyHost: true, sleep: async () => {} } };
}

export function snapshotJobOf(relay: RunningRelay): SnapshotJob {
  const job = relay.metrics.job;
  if (job === null) throw new Error('snapshots are on in this test');
  return job;
}

/** Waits until the relay saw the edit, lets `passQuietTime` move the clock, ticks the job and waits for the alerts. */
export async function settleAlerts(relay: RunningRelay, passQuietTime: () => void): Promise<void> {
  await waitFor(() => snapshotJobOf(relay).pendingRooms() > 0, 'relay saw the change');
  passQuietTime();
  await snapshotJobOf(relay).tick();
  await relay.robots.alerts.settled();
}

/** A project named `name` in the team's workspace document, registered with the relay. */
export async function addRegisteredProject(harness: Harness, team: Team, project: { name: string; createdBy: UserId; now: number }, origin: unknown): Promise<ProjectId> {
  const ws = harness.connect(team.relay, workspaceRoom(WORKSPACE_ID), { token: team.owner.token });
  await waitFor(() => ws.provider.synced, 'workspace synced');
  const added = addProject(ws.doc, project, origin);
  if (!added.ok) throw new Error(added.reason);
  expect((await team.api('POST', `/api/workspaces/${WORKSPACE_ID}/projects`, { projectId: added.value }, team.owner.token)).status).toBe(200);
  return added.value;
}
