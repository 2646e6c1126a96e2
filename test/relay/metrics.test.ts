// Metrics end to end: a real relay with access control on port 0, stock y-websocket clients editing
// through the schema commands, and the relay's clock driven by hand so the debounce runs without
// sleeping: snapshot rows with the right figures, the metrics API's downsampling and refusals,
// telemetry limits, monthly satisfaction and the operators' Prometheus text (its values: operator-metrics.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { addTask, initProject, moveTask, readColumns } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import type { ColumnId } from '../../shared/ids';
import { scrape } from './prometheus-scrape';
import { createHarness, type Harness } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const F_ROOM = `f.${PROJECT_ID}` as RoomName;
const ORIGIN = { name: 'metrics-test' };
const HOUR = 3_600_000;

describe('metrics snapshots and API', () => {
  let harness: Harness;
  let team: Team;
  let now: number;
  beforeEach(async () => {
    now = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 in China
    harness = await createHarness();
    team = await startTeamRelay(harness, { clock: { now: () => now }, metrics: { autoTick: false } });
  });
  afterEach(() => harness.cleanup());

  const job = () => {
    const snapshotJob = team.relay.metrics.job;
    if (snapshotJob === null) throw new Error('snapshots are on in this test');
    return snapshotJob;
  };
  const rows = (room: RoomName) => team.relay.metrics.store.snapshots(room, 0, Number.MAX_SAFE_INTEGER);

  async function boardWithEdits() {
    const client = harness.connect(team.relay, P_ROOM, { token: team.owner.token });
    await waitFor(() => client.provider.synced, 'owner synced');
    // the daily pass runs on the first tick; get it out of the way before editing
    await job().tick();
    initProject(client.doc, ['To do', 'Doing', 'Done'], ORIGIN);
    const [todo, , done] = readColumns(client.doc).map((column) => column.id) as [ColumnId, ColumnId, ColumnId];
    for (const title of ['pour slab', 'tie rebar', 'order steel']) addTask(client.doc, { columnId: todo, title, createdBy: null, now }, ORIGIN);
    const first = addTask(client.doc, { columnId: todo, title: 'survey', createdBy: null, now }, ORIGIN);
    if (!first.ok) throw new Error(first.reason);
    moveTask(client.doc, first.value, { columnId: done, index: 0 }, now, ORIGIN);
    await waitFor(() => job().pendingRooms() === 1, 'relay saw the change');
    return client;
  }

  it('snapshots a changed room once it has been quiet for 2 s, with the board’s figures', async () => {
    await boardWithEdits();
    now += 1_999;
    expect(await job().tick()).toEqual([]);
    now += 1;
    expect(await job().tick()).toEqual([P_ROOM]);
    const [row, ...more] = rows(P_ROOM);
    expect(more).toEqual([]);
    const figures = row?.figures as ProjectFigures;
    expect(figures.tasks).toMatchObject({ total: 4, done: 1, open: 3, doneToday: 1, overdue: 0, percentComplete: 25 });
    expect(figures.schedule).toBeDefined();
    expect(figures.finance).toBeUndefined();
    // the relay's own SQLite store: the figures were computed in the snapshot worker thread
    expect(team.relay.metrics.snapshotComputations?.()).toEqual({ worker: 1, main: 0 });
    expect(await job().tick()).toEqual([]);
  });

  it('counts who connected and who edited per day', async () => {
    await boardWithEdits();
    const member = await team.invite('member', 'Member Zhao');
    const watcher = harness.connect(team.relay, P_ROOM, { token: member.token });
    await waitFor(() => watcher.provider.synced, 'member synced');
    now += 2_000;
    await job().tick();
    const answer = await team.api('GET', `/api/metrics?room=${P_ROOM}&from=${now - HOUR}&to=${now + HOUR}&step=${HOUR}`, undefined, team.owner.token);
    expect(answer.status).toBe(200);
    expect(answer.json.activeByDay).toEqual([{ day: '2026-11-23', connected: 2, edited: 1, activityRate: null }]);
    expect((answer.json.edits as { value: number }[])[0]?.value).toBeGreaterThan(0);
  });

  it('downsamples to the step: the last snapshot of each bucket', async () => {
    const store = team.relay.metrics.store;
    // buckets count from the epoch, so a 4-hour step needs a start on a 4-hour boundary
    const start = Math.floor(now / (4 * HOUR)) * 4 * HOUR;
    store.appendSnapshot(P_ROOM, start + 1_000, { n: 1 });
    store.appendSnapshot(P_ROOM, start + 2_000, { n: 2 });
    store.appendSnapshot(P_ROOM, start + HOUR + 5, { n: 3 });
    store.appendSnapshot(P_ROOM, start + 3 * HOUR, { n: 4 });
    const answer = await team.api('GET', `/api/metrics?room=${P_ROOM}&from=${start}&to=${start + 4 * HOUR}&step=${HOUR}`, undefined, team.owner.token);
    expect(answer.json.snapshots).toEqual([
      { at: start + 2_000, figures: { n: 2 } },
      { at: start + HOUR + 5, figures: { n: 3 } },
      { at: start + 3 * HOUR, figures: { n: 4 } },
    ]);
    const coarse = await team.api('GET', `/api/metrics?room=${P_ROOM}&from=${start}&to=${start + 4 * HOUR}&step=${4 * HOUR}`, undefined, team.owner.token);
    expect(coarse.json.snapshots).toEqual([{ at: start + 3 * HOUR, figures: { n: 4 } }]);
  });

  it('refuses unauthenticated callers (401) and rooms the caller may not open (403)', async () => {
    const member = await team.invite('member', 'Member Zhao');
    team.relay.metrics.store.appendSnapshot(F_ROOM, now, { finance: { budget: 1 } });
    expect((await team.api('GET', `/api/metrics?room=${P_ROOM}`)).status).toBe(401);
    expect((await team.api('GET', `/api/metrics?room=${F_ROOM}`, undefined, member.token)).status).toBe(403);
    expect((await team.api('GET', '/api/metrics?room=p.unregistered01', undefined, member.token)).status).toBe(403);
    expect((await team.api('GET', `/api/metrics?room=${P_ROOM}`, undefined, member.token)).status).toBe(200);
    const manager = await team.invite('manager', 'Manager Qian');
    const finance = await team.api('GET', `/api/metrics?room=${F_ROOM}&from=${now - HOUR}&to=${now + HOUR}`, undefined, manager.token);
    expect(finance.status).toBe(200);
    expect(finance.json.snapshots).toEqual([{ at: now, figures: { finance: { budget: 1 } } }]);
  });

  it('rate-limits telemetry per session (burst of 10, then 429) and keeps only kind and a short message', async () => {
    const report = { kind: 'sync-failed', message: 'x'.repeat(5_000) };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await team.api('POST', '/api/telemetry', report, team.owner.token)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);
    const other = await team.invite('member', 'Member Zhao');
    expect((await team.api('POST', '/api/telemetry', report, other.token)).status).toBe(200);
    now += 6_000;
    expect((await team.api('POST', '/api/telemetry', report, team.owner.token)).status).toBe(200);
    expect((await team.api('POST', '/api/telemetry', { kind: 'anything' }, other.token)).status).toBe(400);
    expect((await team.api('POST', '/api/telemetry', report)).status).toBe(401);
    const stored = team.relay.metrics.store.db.prepare('SELECT max(length(message)) AS longest, count(*) AS n FROM telemetry').get();
    expect(stored).toEqual({ longest: 300, n: 12 });
  });

  it('takes one satisfaction answer per person per month across their workspaces, and says whether they answered', async () => {
    const status = async () => (await team.api('GET', '/api/satisfaction', undefined, team.owner.token)).json;
    expect(await status()).toEqual({ ok: true, month: '2026-11', answered: false, dismissed: false });
    expect((await team.api('GET', '/api/satisfaction')).status).toBe(401);
    const other = await team.api('POST', '/api/workspaces', { workspaceId: 'otherWorkspace1' }, team.owner.token);
    expect(other.status).toBe(200);
    const answer = { workspaceId: WORKSPACE_ID, score: 4, comment: '好用' };
    expect((await team.api('POST', '/api/satisfaction', { ...answer, score: 6 }, team.owner.token)).status).toBe(400);
    expect((await team.api('POST', '/api/satisfaction', answer, team.owner.token)).status).toBe(200);
    expect(await status()).toEqual({ ok: true, month: '2026-11', answered: true, dismissed: false });
    const second = await team.api('POST', '/api/satisfaction', { ...answer, score: 5 }, team.owner.token);
    expect(second).toEqual({ status: 409, json: { ok: false, error: 'already-answered-this-month' } });
    // the same person in a second workspace, the same month: refused too, nothing stored there
    const there = { workspaceId: 'otherWorkspace1', score: 2, comment: '' };
    expect(await team.api('POST', '/api/satisfaction', there, team.owner.token)).toEqual({ status: 409, json: { ok: false, error: 'already-answered-this-month' } });
    // the answer counts in the workspace it was given in only
    const satisfaction = async (workspaceId: string) =>
      ((await team.api('GET', `/api/metrics/team?workspace=${workspaceId}&from=2026-11-23&to=2026-11-23`, undefined, team.owner.token)).json.days as { satisfaction: number | null }[])[0]?.satisfaction;
    expect(await satisfaction(WORKSPACE_ID)).toBe(4);
    expect(await satisfaction('otherWorkspace1')).toBeNull();
    now = Date.UTC(2026, 11, 1, 0, 0, 0); // 08:00 on 1 December in China
    expect(await status()).toEqual({ ok: true, month: '2026-12', answered: false, dismissed: false });
    expect(await team.api('POST', '/api/satisfaction', there, team.owner.token)).toEqual({ status: 200, json: { ok: true, month: '2026-12' } });
    expect((await team.api('POST', '/api/satisfaction', answer, team.owner.token)).status).toBe(409);
  });

  it('remembers a person’s “Not now” for the month on every device, and asks again next month', async () => {
    const status = async (token: string) => (await team.api('GET', '/api/satisfaction', undefined, token)).json;
    const member = await team.invite('member', 'Member Zhao');
    expect((await team.api('POST', '/api/satisfaction/dismissal', {})).status).toBe(401);
    expect(await team.api('POST', '/api/satisfaction/dismissal', {}, team.owner.token)).toEqual({ status: 200, json: { ok: true, month: '2026-11' } });
    expect(await team.api('POST', '/api/satisfaction/dismissal', {}, team.owner.token)).toEqual({ status: 200, json: { ok: true, month: '2026-11' } });
    expect(await status(team.owner.token)).toEqual({ ok: true, month: '2026-11', answered: false, dismissed: true });
    // per person: a teammate is still asked
    expect(await status(member.token)).toEqual({ ok: true, month: '2026-11', answered: false, dismissed: false });
    // a dismissal is not an answer: none is counted, and one may still be given this month
    expect((await team.api('POST', '/api/satisfaction', { workspaceId: WORKSPACE_ID, score: 3 }, team.owner.token)).status).toBe(200);
    expect(await status(team.owner.token)).toEqual({ ok: true, month: '2026-11', answered: true, dismissed: true });
    now = Date.UTC(2026, 11, 1, 0, 0, 0); // 08:00 on 1 December in China
    expect(await status(team.owner.token)).toEqual({ ok: true, month: '2026-12', answered: false, dismissed: false });
    expect(team.relay.metrics.store.db.prepare('SELECT count(*) AS n FROM survey_dismissals').get()).toEqual({ n: 1 });
  });

  it('serves the operators’ figures as Prometheus text to loopback', async () => {
    await boardWithEdits();
    const { typed, lines, value } = await scrape(team.relay);
    expect(typed.get('sitebeam_durable_append_seconds')).toBe('histogram');
    expect(value('sitebeam_connections')).toBe(1);
    expect(value('sitebeam_updates_total')).toBeGreaterThan(0);
    expect(value('sitebeam_durable_append_seconds_count')).toBeGreaterThan(0);
    expect(lines).toContain(`sitebeam_durable_append_seconds_bucket{le="+Inf"} ${value('sitebeam_durable_append_seconds_count')}`);
    expect(typed.get('sitebeam_metrics_snapshots_skipped_total')).toBe('counter');
    expect(lines).toContain('sitebeam_metrics_snapshots_skipped_total{reason="room-too-big-for-relay-thread"} 0');
  });
});
