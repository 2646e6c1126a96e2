// The Gantt's first screen served by the relay for a fresh device: a real relay with access control on
// port 0, real SQLite, stock y-websocket clients writing the workspace calendar and a schedule through
// the schema commands. The entry reads back with the client's own reader, holds the outline's rows
// with dates counted on the team's calendar, follows edits, is refused exactly as the room's websocket
// is, and comes from the snapshot worker for a room too big for the relay's thread or not in memory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFirstScreen, type FirstScreen } from '../../shared/domain/schedule/first-screen';
import { outlineRows } from '../../shared/domain/schedule/outline-rows';
import type { TaskId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addScheduleTask, DEFAULT_CALENDAR_SETTINGS, initProject, linkTasks, readProject, setCalendarSettings, updateTask, updateTaskSchedule } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { upgradeStatus } from './raw-socket';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const WS_ROOM = `ws.${WORKSPACE_ID}` as RoomName;
const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const ORIGIN = { name: 'first-screen-test' };
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0); // Wednesday 4 March 2026 in China

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

interface Answer {
  readonly status: number;
  readonly cacheControl: string | null;
  readonly source: string | null;
  readonly text: string;
}

describe('GET /api/rooms/:room/first-screen', () => {
  let harness: Harness;
  let team: Team;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  const start = async (options: { firstScreenMainThreadMaxTasks?: number } = {}): Promise<void> => {
    team = await startTeamRelay(harness, { clock: { now: () => NOW }, metrics: { autoTick: false }, limits: { roomIdleUnloadMs: 50 }, ...options });
  };
  /** `null`: no session token. */
  const ask = async (room: string, token: string | null = team.owner.token): Promise<Answer> => {
    const base = team.relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
    const response = await fetch(`${base}/api/rooms/${room}/first-screen`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
    return { status: response.status, cacheControl: response.headers.get('cache-control'), source: response.headers.get('first-screen'), text: await response.text() };
  };
  const screenOf = (answer: Answer): FirstScreen => {
    expect(answer.status).toBe(200);
    const screen = readFirstScreen(answer.text);
    if (screen === null) throw new Error(`the relay's entry does not read back: ${answer.text.slice(0, 200)}`);
    return screen;
  };
  const synced = async (room: RoomName): Promise<TestClient> => {
    const client = harness.connect(team.relay, room, { token: team.owner.token, ack: '1' });
    await waitFor(() => client.provider.synced, `${room} synced`);
    return client;
  };
  /** Tuesday 3 March is the team's site shutdown; a zone of two tasks from Monday 2 March, linked. */
  const writeSchedule = async (): Promise<{ project: TestClient; dig: TaskId; pour: TaskId }> => {
    const workspace = await synced(WS_ROOM);
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    const project = await synced(P_ROOM);
    initProject(project.doc, ['To do', 'Done'], ORIGIN);
    const zone = value(addScheduleTask(project.doc, { title: 'Zone A', parentId: null, after: null, createdBy: null, now: NOW }, ORIGIN));
    const dig = value(addScheduleTask(project.doc, { title: 'Dig', parentId: zone, after: null, duration: 5, createdBy: null, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project.doc, dig, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual' }, NOW, ORIGIN));
    const pour = value(addScheduleTask(project.doc, { title: 'Pour', parentId: zone, after: dig, duration: 2, createdBy: null, now: NOW }, ORIGIN));
    value(linkTasks(project.doc, { from: dig, to: pour, type: 'FS', lag: 0 }, NOW, ORIGIN));
    await waitFor(() => isFullyAcked(workspace) && isFullyAcked(project), 'every edit is durable');
    return { project, dig, pour };
  };
  const expectSchedule = (screen: FirstScreen, project: TestClient, dig: TaskId, pour: TaskId): void => {
    const kept = readProject(screen.doc);
    expect(outlineRows(kept.tasks, new Set())).toEqual(outlineRows(readProject(project.doc).tasks, new Set()));
    expect(kept.links).toHaveLength(1);
    // five working days from Monday with Tuesday off end on Monday 9 March (the China preset: Friday 6)
    expect(screen.result.tasks.get(dig)?.finish).toBe('2026-03-09');
    expect(screen.result.tasks.get(pour)?.start).toBe('2026-03-10');
    expect(screen.result.projectFinish).toBe('2026-03-11');
  };

  it('answers the entry of the room held in memory, computed with the workspace calendar, never cached', async () => {
    await start();
    const { project, dig, pour } = await writeSchedule();

    const answer = await ask(P_ROOM);

    expect(answer.cacheControl).toBe('no-store');
    expect(answer.source).toBe('relay');
    expectSchedule(screenOf(answer), project, dig, pour);
  });

  it('follows an edit: the next answer holds the new title and dates', async () => {
    await start();
    const { project, dig } = await writeSchedule();
    expect(readProject(screenOf(await ask(P_ROOM)).doc).tasks.find((task) => task.id === dig)?.title).toBe('Dig');

    value(updateTask(project.doc, dig, { title: 'Dig trench' }, NOW, ORIGIN));
    value(updateTaskSchedule(project.doc, dig, { duration: 6 }, NOW, ORIGIN));
    await waitFor(() => isFullyAcked(project), 'the edit is durable');

    const screen = screenOf(await ask(P_ROOM));
    expect(readProject(screen.doc).tasks.find((task) => task.id === dig)?.title).toBe('Dig trench');
    expect(screen.result.tasks.get(dig)?.finish).toBe('2026-03-10');
  });

  it('computes a room too big for the relay’s thread in the snapshot worker, again after an edit, and keeps it while the room is unloaded', async () => {
    await start({ firstScreenMainThreadMaxTasks: 0 });
    const { project, dig, pour } = await writeSchedule();

    const held = await ask(P_ROOM);
    expect(held.source).toBe('worker');
    expectSchedule(screenOf(held), project, dig, pour);
    // kept until the room changes, then computed again from the store (the last entry answers meanwhile)
    value(updateTask(project.doc, dig, { title: 'Dig trench' }, NOW, ORIGIN));
    await waitFor(() => isFullyAcked(project), 'the edit is durable');
    const titleNow = async (): Promise<string | undefined> => readProject(screenOf(await ask(P_ROOM)).doc).tasks.find((task) => task.id === dig)?.title;
    const deadline = Date.now() + 5_000;
    while ((await titleNow()) !== 'Dig trench') {
      if (Date.now() > deadline) throw new Error('the worker never computed the edited entry');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    // every client gone and the room unloaded: nothing can change it, so the kept entry still answers
    const rows = outlineRows(readProject(project.doc).tasks, new Set());
    project.destroy();
    await waitFor(() => !team.relay.relay.isRoomLoaded(P_ROOM), 'the project room unloaded');
    const cold = await ask(P_ROOM);
    expect(cold.source).toBe('worker');
    expect(outlineRows(readProject(screenOf(cold).doc).tasks, new Set())).toEqual(rows);
    expect(screenOf(cold).result.tasks.get(dig)?.finish).toBe('2026-03-09');
    expect(readProject(screenOf(cold).doc).tasks.find((task) => task.id === dig)?.title).toBe('Dig trench');
  });

  it('answers 204 for a project room without tasks', async () => {
    await start();
    await synced(P_ROOM);
    const answer = await ask(P_ROOM);
    expect(answer.status).toBe(204);
    expect(answer.source).toBe('no-tasks');
    expect(answer.cacheControl).toBe('no-store');
  });

  it('refuses exactly as the room’s websocket does: 401 without a session, 403 without access', async () => {
    await start();
    await writeSchedule();
    await team.api('POST', '/api/workspaces', { workspaceId: 'otherWorkspace1' }, team.owner.token);
    await team.api('POST', '/api/workspaces/otherWorkspace1/projects', { projectId: 'otherProject01' }, team.owner.token);
    const member = await team.invite('member', 'Member Zhao');
    const wsUrl = (room: string, token: string | null): string => `${team.relay.syncUrl}/${room}${token === null ? '' : `?token=${token}`}`;
    const cases: [string, string | null][] = [
      [P_ROOM, null], [P_ROOM, `${team.owner.token}x`], ['p.otherProject01', member.token], ['p.notRegistered1', team.owner.token], [P_ROOM, member.token],
    ];
    const statuses = await Promise.all(cases.map(async ([room, token]) => [(await ask(room, token)).status, await upgradeStatus(wsUrl(room, token))]));
    expect(statuses).toEqual([[401, 401], [401, 401], [403, 403], [403, 403], [200, 101]]);
    const refused = await ask('p.otherProject01', member.token);
    expect(JSON.parse(refused.text)).toEqual({ ok: false, error: 'no-access-to-room' });
    expect(refused.text).not.toContain('Dig');
    expect((await ask('not a room')).status).toBe(400);
    expect(JSON.parse((await ask(WS_ROOM)).text)).toEqual({ ok: false, error: 'not-a-project-room' });
  });
});
