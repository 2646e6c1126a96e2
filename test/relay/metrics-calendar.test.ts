// The workspace's working calendar in the relay's snapshots: a real relay with access control on port
// 0, stock y-websocket clients writing the workspace's calendar settings, a scheduled task with a
// baseline and a budget line through the schema commands, and the relay's clock driven by hand. The
// snapshot worker counts the schedule and planned value with the team's own day off, not the China
// preset's working days; a later change of the calendar alone (no project edit) snapshots the
// project's rooms again, and a workspace edit that leaves the calendar as it was snapshots nothing,
// also after a restart of the relay (the calendar last seen is kept in metrics.sqlite).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import type { RunningRelay } from '../../server/start-relay';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { IsoDay } from '../../shared/iso-day';
import { yuan } from '../../shared/money';
import { addBudgetLine, addScheduleTask, DEFAULT_CALENDAR_SETTINGS, initProject, renameWorkspace, saveBaseline, setCalendarSettings, updateTaskSchedule } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const WS_ROOM = `ws.${WORKSPACE_ID}` as RoomName;
const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const F_ROOM = `f.${PROJECT_ID}` as RoomName;
const ORIGIN = { name: 'metrics-calendar-test' };

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('snapshots with the workspace calendar', () => {
  let harness: Harness;
  let team: Team;
  let now: number;
  beforeEach(async () => {
    now = Date.UTC(2026, 2, 4, 2, 0, 0); // 10:00 on Wednesday 4 March 2026 in China
    harness = await createHarness();
    team = await startTeamRelay(harness, { clock: { now: () => now }, metrics: { autoTick: false } });
  });
  afterEach(() => harness.cleanup());

  async function synced(room: RoomName, relay: RunningRelay = team.relay): Promise<TestClient> {
    const client = harness.connect(relay, room, { token: team.owner.token, ack: '1' });
    await waitFor(() => client.provider.synced, `${room} synced`);
    return client;
  }

  /**
   * A five-day task from Monday 2 March with a baseline (the dates as planned, 2 to 6 March: planned
   * value spreads them over working days) and a ¥1,000 budget line on it, durable on the relay.
   */
  async function writeDigWithBudget(): Promise<void> {
    const project = await synced(P_ROOM);
    initProject(project.doc, ['To do', 'Done'], ORIGIN);
    const task = value(addScheduleTask(project.doc, { title: 'Dig', parentId: null, after: null, duration: 5, createdBy: null, now }, ORIGIN));
    value(updateTaskSchedule(project.doc, task, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual' }, now, ORIGIN));
    value(saveBaseline(project.doc, { name: 'Contract', calendar: chinaCalendar(), projectStart: '2026-03-02' as IsoDay, savedBy: null, now }, ORIGIN));
    const finance = await synced(F_ROOM);
    value(addBudgetLine(finance.doc, { categoryId: 'labour' as CategoryId, taskId: task, description: 'dig', amount: yuan(1_000) }, ORIGIN));
    await waitFor(() => [project, finance].every(isFullyAcked), 'every edit is durable');
  }

  it('counts planned value and the scheduled finish with the team’s own day off', async () => {
    const job = team.relay.metrics.job;
    if (job === null) throw new Error('snapshots are on in this test');
    await job.tick(); // the day's pass, before anything is stored
    // Tuesday 3 March is a site shutdown for this team: a day off on top of the China preset
    const workspace = await synced(WS_ROOM);
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await writeDigWithBudget();
    await waitFor(() => isFullyAcked(workspace), 'the calendar is durable');

    now += 2_000;
    expect((await job.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    const last = (room: RoomName) => team.relay.metrics.store.snapshots(room, 0, Number.MAX_SAFE_INTEGER).at(-1)?.figures as ProjectFigures;
    // the preset would say 600 (3 of 5 working days by Wednesday) and Friday 6 March
    expect(last(F_ROOM).finance?.earnedValue).toMatchObject({ state: 'ready', bac: yuan(1_000), pv: yuan(500) });
    expect(last(P_ROOM).schedule?.scheduledFinish).toBe('2026-03-09');
    expect(team.relay.metrics.snapshotComputations?.()).toEqual({ worker: 2, main: 0 });
  });

  it('a change of the calendar alone snapshots the workspace’s projects again; other workspace edits do not', async () => {
    const job = team.relay.metrics.job;
    if (job === null) throw new Error('snapshots are on in this test');
    await job.tick(); // the day's pass, before anything is stored
    const workspace = await synced(WS_ROOM);
    await writeDigWithBudget();
    now += 2_000;
    expect((await job.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    const last = (room: RoomName) => team.relay.metrics.store.snapshots(room, 0, Number.MAX_SAFE_INTEGER).at(-1)?.figures as ProjectFigures;
    expect(last(F_ROOM).finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(600) });
    expect(last(P_ROOM).schedule?.scheduledFinish).toBe('2026-03-06');

    // the team adds a day off; nobody touches the project
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await waitFor(() => isFullyAcked(workspace), 'the calendar change is durable');
    expect(await job.tick()).toEqual([]); // not settled yet: 2 s of quiet first
    now += 2_000;
    expect((await job.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    expect(last(F_ROOM).finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(500) });
    expect(last(P_ROOM).schedule?.scheduledFinish).toBe('2026-03-09');

    // renaming the workspace leaves the calendar as it was: no new snapshot
    value(renameWorkspace(workspace.doc, 'Site team', now, ORIGIN));
    await waitFor(() => isFullyAcked(workspace), 'the rename is durable');
    now += 2_000;
    expect(await job.tick()).toEqual([]);

    // the day off taken back, a Saturday made a working day instead (in one update: a deletion alone
    // would not move the state vector the ack check waits for): the figures follow again
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraWorkdays: ['2026-03-07' as IsoDay] }, ORIGIN));
    await waitFor(() => isFullyAcked(workspace), 'the second calendar change is durable');
    now += 2_000;
    expect((await job.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    expect(last(F_ROOM).finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(600) });
    expect(team.relay.metrics.snapshotComputations?.()).toEqual({ worker: 6, main: 0 });
    expect(team.relay.metrics.store.snapshots(P_ROOM, 0, Number.MAX_SAFE_INTEGER)).toHaveLength(3);
  });

  it('after a restart, a workspace edit that leaves the calendar as it was snapshots nothing; a calendar change still does', async () => {
    const job = team.relay.metrics.job;
    if (job === null) throw new Error('snapshots are on in this test');
    await job.tick(); // the day's pass, before anything is stored
    const workspace = await synced(WS_ROOM);
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await writeDigWithBudget();
    await waitFor(() => isFullyAcked(workspace), 'the calendar is durable');
    now += 2_000;
    expect((await job.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    workspace.destroy();

    await team.relay.close();
    const restarted = await harness.start({ access: createAccess({ dataDir: harness.dataDir, clock: systemClock }), clock: { now: () => now }, metrics: { autoTick: false } });
    const again = restarted.metrics.job;
    if (again === null) throw new Error('snapshots are on in this test');
    // the first tick after a start is the day's pass over every stored room
    expect((await again.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    const rows = (room: RoomName) => restarted.metrics.store.snapshots(room, 0, Number.MAX_SAFE_INTEGER);
    expect(rows(P_ROOM)).toHaveLength(2);

    // renaming the workspace leaves the calendar as it was before the restart: no new snapshot
    const reopened = await synced(WS_ROOM, restarted);
    value(renameWorkspace(reopened.doc, 'Site team', now, ORIGIN));
    await waitFor(() => isFullyAcked(reopened), 'the rename is durable');
    now += 2_000;
    expect(await again.tick()).toEqual([]);
    expect(rows(P_ROOM)).toHaveLength(2);

    // the day off taken back: the figures follow
    value(setCalendarSettings(reopened.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraWorkdays: ['2026-03-07' as IsoDay] }, ORIGIN));
    await waitFor(() => isFullyAcked(reopened), 'the calendar change is durable');
    now += 2_000;
    expect((await again.tick()).sort()).toEqual([F_ROOM, P_ROOM].sort());
    expect((rows(F_ROOM).at(-1)?.figures as ProjectFigures).finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(600) });
  });
});
