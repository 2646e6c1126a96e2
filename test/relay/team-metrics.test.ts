// Team figures end to end: a real relay with access control on port 0, stock y-websocket clients
// editing through the schema commands, real telemetry and satisfaction posts, and the relay's clock
// driven by hand; GET /api/metrics/team answers every day of the range with the right figures, and
// only to the workspace's owner, admins and managers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeamMetricsWire } from '../../shared/domain/metrics/team-metrics-wire';
import type { ColumnId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addTask, initProject, readColumns } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const WS_ROOM = `ws.${WORKSPACE_ID}` as RoomName;
const ORIGIN = { name: 'team-metrics-test' };
const TEAM = (from: string, to: string) => `/api/metrics/team?workspace=${WORKSPACE_ID}&from=${from}&to=${to}`;

describe('team figures API', () => {
  let harness: Harness;
  let team: Team;
  let now: number;
  beforeEach(async () => {
    now = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 on 23 November in China
    harness = await createHarness();
    team = await startTeamRelay(harness, { clock: { now: () => now }, metrics: { autoTick: false } });
  });
  afterEach(() => harness.cleanup());

  const tick = async (): Promise<void> => {
    const job = team.relay.metrics.job;
    if (job === null) throw new Error('snapshots are on in this test');
    await job.tick();
  };

  async function synced(room: RoomName, token: string): Promise<TestClient> {
    const client = harness.connect(team.relay, room, { token, ack: '1' });
    await waitFor(() => client.provider.synced, `${room} synced`);
    return client;
  }

  it('answers every day of the range: people, edits, errors per session and the month’s satisfaction', async () => {
    const member = await team.invite('member', 'Member Zhao');
    await team.invite('viewer', 'Viewer Sun'); // a member who never shows up: three members in all
    const owner = await synced(P_ROOM, team.owner.token);
    initProject(owner.doc, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(owner.doc).map((column) => column.id) as [ColumnId];
    addTask(owner.doc, { columnId: todo, title: 'pour slab', createdBy: null, now }, ORIGIN);
    addTask(owner.doc, { columnId: todo, title: 'tie rebar', createdBy: null, now }, ORIGIN);
    await waitFor(() => isFullyAcked(owner), 'owner’s three edits are durable');
    const watcher = await synced(WS_ROOM, member.token); // connects, edits nothing
    expect(watcher.provider.wsconnected).toBe(true);
    expect((await team.api('POST', '/api/telemetry', { kind: 'sync-failed', message: 'p: failing' }, member.token)).status).toBe(200);
    expect((await team.api('POST', '/api/telemetry', { kind: 'uncaught-error', message: 'TypeError: x' }, member.token)).status).toBe(200);
    expect((await team.api('POST', '/api/satisfaction', { workspaceId: WORKSPACE_ID, score: 4 }, team.owner.token)).status).toBe(200);
    expect((await team.api('POST', '/api/satisfaction', { workspaceId: WORKSPACE_ID, score: 1, comment: '慢' }, member.token)).status).toBe(200);
    await tick(); // writes the buffered activity counts

    const answer = await team.api('GET', TEAM('2026-11-22', '2026-11-24'), undefined, team.owner.token);
    expect(answer.status).toBe(200);
    const wire = answer.json as unknown as TeamMetricsWire;
    expect(wire.workspaceId).toBe(WORKSPACE_ID);
    expect(wire.members).toBe(3);
    expect(wire.days.map((day) => day.day)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
    expect(wire.days[1]).toEqual({
      day: '2026-11-23',
      activePeople: 2,
      editors: 1,
      activityRate: 2 / 3,
      edits: 3,
      errors: 2,
      errorsPerActiveSession: 1,
      satisfaction: 2.5,
      memberCount: 3,
    });
    const quiet = { activePeople: 0, editors: 0, activityRate: 0, edits: 0, errors: 0, errorsPerActiveSession: null, memberCount: null };
    expect(wire.days[0]).toEqual({ day: '2026-11-22', ...quiet, satisfaction: null });
    expect(wire.days[2]).toEqual({ day: '2026-11-24', ...quiet, satisfaction: 2.5 });
  });

  it('counts the next day’s work on the next China day and starts satisfaction afresh each month', async () => {
    const owner = await synced(P_ROOM, team.owner.token);
    await tick(); // the first day's activity (one connect) is written under 23 November
    now = Date.UTC(2026, 10, 30, 16, 30, 0); // 00:30 on 1 December in China
    initProject(owner.doc, ['To do'], ORIGIN);
    await waitFor(() => isFullyAcked(owner), 'the edit is durable');
    await tick();
    const answer = await team.api('GET', TEAM('2026-11-30', '2026-12-01'), undefined, team.owner.token);
    const days = (answer.json as unknown as TeamMetricsWire).days;
    expect(days.map((day) => [day.day, day.editors, day.edits])).toEqual([
      ['2026-11-30', 0, 0],
      ['2026-12-01', 1, 1],
    ]);
  });

  it('records each day’s members at the next day’s first tick, a mid-day joiner included; past days keep theirs and today shows the count now', async () => {
    await team.invite('member', 'Member Zhao');
    await tick(); // the first tick after the start, 10:00 on 23 November: the owner and Zhao
    now = Date.UTC(2026, 10, 23, 7, 0, 0); // 15:00 on the 23rd
    await team.invite('member', 'Member Mid-day');
    await tick(); // the same day: no new record
    now = Date.UTC(2026, 10, 23, 16, 0, 1); // just after midnight in China: 24 November
    await tick(); // the 23rd ends with three, the 24th starts with three
    now = Date.UTC(2026, 10, 24, 2, 0, 0);
    await team.invite('viewer', 'Viewer Sun');
    await team.invite('manager', 'Manager Qian');
    const late = await team.invite('member', 'Member Late');
    now = Date.UTC(2026, 10, 24, 16, 0, 1); // 25 November
    await tick(); // the 24th ends with six
    now = Date.UTC(2026, 10, 25, 2, 0, 0);
    const removed = team.access.memberships.remove(team.owner.id, WORKSPACE_ID, late.id);
    expect(removed.ok).toBe(true);
    const answer = await team.api('GET', TEAM('2026-11-22', '2026-11-25'), undefined, team.owner.token);
    const wire = answer.json as unknown as TeamMetricsWire;
    expect(wire.members).toBe(5);
    expect(wire.days.map((day) => [day.day, day.memberCount])).toEqual([
      ['2026-11-22', null],
      ['2026-11-23', 3], // Mid-day joined at 15:00 and counts that day
      ['2026-11-24', 6],
      ['2026-11-25', 5], // today: the count now, one fewer than at midnight
    ]);
    const stored = team.relay.metrics.store.memberCounts(WORKSPACE_ID, '2026-11-22' as IsoDay, '2026-11-25' as IsoDay);
    expect(stored).toEqual([
      { day: '2026-11-23', members: 3 },
      { day: '2026-11-24', members: 6 },
      { day: '2026-11-25', members: 6 },
    ]);
  });

  it('is for the owner, admins and managers: 401 signed out, 403 for members, viewers and strangers', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const viewer = await team.invite('viewer', 'Viewer Sun');
    const manager = await team.invite('manager', 'Manager Qian');
    const admin = await team.invite('admin', 'Admin Zhou');
    const range = TEAM('2026-11-23', '2026-11-23');
    expect((await team.api('GET', range)).status).toBe(401);
    const refused = await team.api('GET', range, undefined, member.token);
    expect(refused).toEqual({ status: 403, json: { ok: false, error: 'not-a-manager' } });
    expect((await team.api('GET', range, undefined, viewer.token)).status).toBe(403);
    expect((await team.api('GET', range.replace(WORKSPACE_ID, 'otherWorkspace1'), undefined, manager.token)).json).toEqual({ ok: false, error: 'not-a-member' });
    expect((await team.api('GET', range, undefined, manager.token)).status).toBe(200);
    expect((await team.api('GET', range, undefined, admin.token)).status).toBe(200);
  });

  it('refuses bad days and ranges with a code that names the problem', async () => {
    const ask = async (query: string) => (await team.api('GET', `/api/metrics/team?${query}`, undefined, team.owner.token)).json;
    expect(await ask(`workspace=bad&from=2026-11-01&to=2026-11-02`)).toEqual({ ok: false, error: 'invalid-workspace' });
    expect(await ask(`workspace=${WORKSPACE_ID}&from=2026-11-31&to=2026-12-02`)).toEqual({ ok: false, error: 'invalid-from' });
    expect(await ask(`workspace=${WORKSPACE_ID}&from=2026-11-01`)).toEqual({ ok: false, error: 'invalid-to' });
    expect(await ask(`workspace=${WORKSPACE_ID}&from=2026-11-02&to=2026-11-01`)).toEqual({ ok: false, error: 'invalid-range' });
    expect(await ask(`workspace=${WORKSPACE_ID}&from=2025-01-01&to=2026-11-01`)).toEqual({ ok: false, error: 'range-too-long' });
    expect((await team.api('GET', TEAM('2026-11-01', '2026-11-02'), undefined, team.owner.token)).status).toBe(200);
  });
});
