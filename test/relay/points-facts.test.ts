// GET /api/workspaces/:ws/points-facts against a real relay with access control: labour signed in a
// project's finance room (written by the owner with the stock y-websocket client) reaches every member
// of the workspace as a points fact (who signed which record of which day, when), without the
// record's money, worker or text; a new sign-off shows a moment later, a withdrawn one goes, and the
// facts outlive a restart of the relay; people outside get 401/403.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import { SIGN_OFF_WINDOW_DAYS } from '../../server/daily-work/points-facts-routes';
import type { LabourRecordId, WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { recordLabour, signLabour, unsignLabour, type LabourInput } from '../../shared/schema/finance-labour-commands';
import { financeRoom } from '../../shared/schema/room-name';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { relayApi } from './relay-api';
import { waitFor } from './wait-for';

const FACTS = `/api/workspaces/${WORKSPACE_ID}/points-facts`;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ORIGIN = { name: 'points-facts-test' };
/** A room's first whole read runs in the snapshot worker, which a loaded machine may take seconds to start. */
const WORKER_READ = { timeout: 10_000 };
const WORKER = newId<'worker'>() as WorkerId;
const LABOUR: LabourInput = {
  workerId: WORKER, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_791), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: 'Rebar tying east wall', taskId: null,
};

describe('points facts for every member', () => {
  let harness: Harness;
  let team: Team;
  let finance: TestClient;

  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness);
    finance = harness.connect(team.relay, financeRoom(PROJECT_ID), { token: team.owner.token, ack: '1' });
    await waitFor(() => finance.provider.synced, 'finance room synced');
  });
  afterEach(async () => {
    await harness.cleanup();
  });

  const sign = async (at: number): Promise<LabourRecordId> => {
    const recorded = recordLabour(finance.doc, LABOUR, null, at - 60_000, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    expect(signLabour(finance.doc, recorded.value, team.owner.id as UserId, at, ORIGIN)).toEqual({ ok: true, value: undefined });
    await waitFor(() => isFullyAcked(finance), 'labour durable on the relay');
    return recorded.value;
  };

  it('a member and a viewer, who cannot open the finance room, get its recent sign-offs without money, worker or text', async () => {
    const member = await team.invite('member', 'Member Wang');
    const viewer = await team.invite('viewer', 'Viewer Sun');
    const signedAt = Date.now() - HOUR_MS;
    const recordId = await sign(signedAt);
    await sign(Date.now() - (SIGN_OFF_WINDOW_DAYS + 1) * DAY_MS); // too old for this week or month: not sent
    recordLabour(finance.doc, { ...LABOUR, day: '2026-03-03' as IsoDay }, null, signedAt, ORIGIN); // pending: no fact
    await waitFor(() => isFullyAcked(finance), 'pending record durable');

    // the relay follows the finance room off the request path: the facts arrive a moment after the edit
    await expect.poll(async () => (await team.api('GET', FACTS, undefined, member.token)).json.signOffs, WORKER_READ).toHaveLength(1);
    for (const person of [member, viewer]) {
      const answer = await team.api('GET', FACTS, undefined, person.token);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ ok: true, signOffs: [{ recordId, day: '2026-03-02', signedBy: team.owner.id, signedAt }], flaggedCheckIns: [] });
      expect(JSON.stringify(answer.json)).not.toMatch(/35791|Rebar|worker_/);
    }
  });

  it('a sign-off made after an answer shows a moment later, and a withdrawn one goes', async () => {
    const member = await team.invite('member', 'Member Wang');
    const first = await sign(Date.now() - 2 * HOUR_MS);
    const signOffs = async (): Promise<unknown> => (await team.api('GET', FACTS, undefined, member.token)).json.signOffs;
    await expect.poll(signOffs, WORKER_READ).toEqual([expect.objectContaining({ recordId: first })]);
    const second = await sign(Date.now() - HOUR_MS);
    await expect.poll(signOffs, WORKER_READ).toEqual([expect.objectContaining({ recordId: first }), expect.objectContaining({ recordId: second })]);
    // a sign-off withdrawn leaves the facts too
    expect(unsignLabour(finance.doc, second, Date.now(), ORIGIN).ok).toBe(true);
    await waitFor(() => isFullyAcked(finance), 'edit durable on the relay');
    await expect.poll(signOffs, WORKER_READ).toEqual([expect.objectContaining({ recordId: first })]);
  });

  it('the facts outlive a restart; a relay that kept none (an older data directory) reads the room whole once asked', async () => {
    const member = await team.invite('member', 'Member Wang');
    const recordId = await sign(Date.now() - 2 * HOUR_MS);
    const signOffs = async (): Promise<unknown> => (await team.api('GET', FACTS, undefined, member.token)).json.signOffs;
    await expect.poll(signOffs, WORKER_READ).toEqual([expect.objectContaining({ recordId })]);
    finance.destroy();
    const restart = async (): Promise<void> => {
      await team.relay.close();
      const relay = await harness.start({ access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
      team = { ...team, relay, api: relayApi(relay.syncUrl) };
    };
    await restart();
    expect(await signOffs()).toEqual([expect.objectContaining({ recordId })]);
    await team.relay.close();
    for (const file of ['daily-work.sqlite', 'daily-work.sqlite-wal', 'daily-work.sqlite-shm']) rmSync(path.join(harness.dataDir, file), { force: true });
    await restart();
    await expect.poll(signOffs, WORKER_READ).toEqual([expect.objectContaining({ recordId })]);
  });

  it('no session is 401; a person of another workspace is 403; a bad id is 400', async () => {
    expect((await team.api('GET', FACTS)).status).toBe(401);
    const outsider = await team.invite('member', 'Member Wang');
    expect((await team.api('POST', '/api/workspaces', { workspaceId: 'otherWorkspace01' }, outsider.token)).status).toBe(200);
    expect((await team.api('GET', '/api/workspaces/otherWorkspace01/points-facts', undefined, team.owner.token)).status).toBe(403);
    expect((await team.api('GET', '/api/workspaces/bad!/points-facts', undefined, team.owner.token)).status).toBe(400);
  });
});
