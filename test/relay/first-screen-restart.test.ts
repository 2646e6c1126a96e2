// A project's first screen right after a relay restart: a real relay with access control on port 0,
// its real SQLite files, stopped and started again on the same data directory, stock y-websocket
// clients writing through the schema commands. The entry the snapshot worker computed before the
// restart answers at once (First-Screen: stored) while the store holds exactly what it was computed
// from, and is the same schedule a fresh build gives; an edit in between is never hidden behind it.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import { storedFirstScreen } from '../../server/first-screen/stored-first-screen';
import { openStoredRoomReader } from '../../server/metrics/stored-room-reader';
import { relayDatabaseFile, type RunningRelay, type StartRelayOptions } from '../../server/start-relay';
import { readFirstScreen, type FirstScreen } from '../../shared/domain/schedule/first-screen';
import type { TaskId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addScheduleTask, DEFAULT_CALENDAR_SETTINGS, initProject, linkTasks, readProject, setCalendarSettings, updateTask, updateTaskSchedule } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID } from './team-fixture';
import { waitFor } from './wait-for';

const WS_ROOM = `ws.${WORKSPACE_ID}` as RoomName;
const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const ORIGIN = { name: 'first-screen-restart-test' };
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0); // Wednesday 4 March 2026 in China
const OPTIONS = { clock: { now: () => NOW }, metrics: { autoTick: false } } satisfies Omit<StartRelayOptions, 'dataDir'>;

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

interface Answer {
  readonly status: number;
  readonly source: string | null;
  readonly screen: FirstScreen;
}

describe('the first screen after a relay restart', () => {
  let harness: Harness;
  let relay: RunningRelay;
  let token: string;
  let dig: TaskId;
  beforeEach(async () => {
    harness = await createHarness();
    const team = await startTeamRelay(harness, { ...OPTIONS, firstScreenMainThreadMaxTasks: 0 });
    relay = team.relay;
    token = team.owner.token;
  });
  afterEach(() => harness.cleanup());

  const ask = async (): Promise<Answer> => {
    const base = relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
    const response = await fetch(`${base}/api/rooms/${P_ROOM}/first-screen`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    expect(response.status).toBe(200);
    const screen = readFirstScreen(text);
    if (screen === null) throw new Error(`the relay's entry does not read back: ${text.slice(0, 200)}`);
    return { status: response.status, source: response.headers.get('first-screen'), screen };
  };
  const synced = async (room: RoomName): Promise<TestClient> => {
    const client = harness.connect(relay, room, { token, ack: '1' });
    await waitFor(() => client.provider.synced, `${room} synced`);
    return client;
  };
  const durable = (client: TestClient): Promise<void> => waitFor(() => isFullyAcked(client), 'every edit is durable');
  /** A dig of 5 days from Monday 2 March, then a pour after it. */
  const writeSchedule = async (): Promise<{ workspace: TestClient; project: TestClient }> => {
    const workspace = await synced(WS_ROOM);
    const project = await synced(P_ROOM);
    initProject(project.doc, ['To do', 'Done'], ORIGIN);
    dig = value(addScheduleTask(project.doc, { title: 'Dig', parentId: null, after: null, duration: 5, createdBy: null, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project.doc, dig, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual' }, NOW, ORIGIN));
    const pour = value(addScheduleTask(project.doc, { title: 'Pour', parentId: null, after: dig, duration: 2, createdBy: null, now: NOW }, ORIGIN));
    value(linkTasks(project.doc, { from: dig, to: pour, type: 'FS', lag: 0 }, NOW, ORIGIN));
    await durable(project);
    return { workspace, project };
  };
  /** Every client gone, the relay shut down gracefully and started again on the same data directory. */
  const restart = async (clients: readonly TestClient[]): Promise<void> => {
    for (const client of clients) client.destroy();
    await relay.close();
    relay = await harness.start({ ...OPTIONS, access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
  };
  /** Every client gone, the relay shut down, relay.sqlite changed by `edit`, and the relay started again. */
  const restartAfter = async (clients: readonly TestClient[], edit: (db: Database.Database) => void): Promise<void> => {
    for (const client of clients) client.destroy();
    await relay.close();
    const db = new Database(relayDatabaseFile(harness.dataDir));
    try {
      edit(db);
    } finally {
      db.close();
    }
    relay = await harness.start({ ...OPTIONS, access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
  };
  /** The entry built afresh from the store, as the worker builds it. */
  const freshBuild = async (): Promise<FirstScreen> => {
    const reader = openStoredRoomReader(relayDatabaseFile(harness.dataDir));
    try {
      const { entry } = await storedFirstScreen(reader, P_ROOM, WS_ROOM, NOW);
      const screen = entry === null ? null : readFirstScreen(entry);
      if (screen === null) throw new Error('no fresh entry');
      return screen;
    } finally {
      reader.close();
    }
  };
  const titleOf = (screen: FirstScreen, id: TaskId): string | undefined => readProject(screen.doc).tasks.find((task) => task.id === id)?.title;

  it('an unchanged room answers the kept entry at once, the same schedule a fresh build gives', async () => {
    const { workspace, project } = await writeSchedule();
    const before = await ask();
    expect(before.source).toBe('worker');

    await restart([workspace, project]);
    const after = await ask();

    expect(after.source).toBe('stored');
    const fresh = await freshBuild();
    expect(readProject(after.screen.doc)).toEqual(readProject(fresh.doc));
    expect(after.screen.result).toEqual(fresh.result);
    expect(after.screen.result.tasks.get(dig)?.finish).toBe('2026-03-06');
    expect(readProject(after.screen.doc)).toEqual(readProject(before.screen.doc));
  });

  it('an edit to the project between the entry and the restart is in the first answer after it', async () => {
    const { workspace, project } = await writeSchedule();
    expect(titleOf((await ask()).screen, dig)).toBe('Dig');
    value(updateTask(project.doc, dig, { title: 'Dig trench' }, NOW, ORIGIN));
    value(updateTaskSchedule(project.doc, dig, { duration: 6 }, NOW, ORIGIN));
    await durable(project);

    await restart([workspace, project]);
    const after = await ask();

    expect(after.source).toBe('worker');
    expect(titleOf(after.screen, dig)).toBe('Dig trench');
    expect(after.screen.result.tasks.get(dig)?.finish).toBe('2026-03-09');
    // the answer computed after the restart is the one kept now
    await restart([]);
    expect((await ask()).source).toBe('stored');
  });

  it('a day off added to the workspace calendar between the entry and the restart moves the dates of the first answer', async () => {
    const { workspace, project } = await writeSchedule();
    expect((await ask()).screen.result.tasks.get(dig)?.finish).toBe('2026-03-06');
    value(setCalendarSettings(workspace.doc, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await durable(workspace);

    await restart([workspace, project]);
    const after = await ask();

    expect(after.source).toBe('worker');
    expect(after.screen.result.tasks.get(dig)?.finish).toBe('2026-03-09');
  });

  it('a first_screens table of another shape in relay.sqlite does not stop the relay: it serves, and keeps entries again', async () => {
    const { workspace, project } = await writeSchedule();
    expect((await ask()).source).toBe('worker');

    await restartAfter([workspace, project], (db) => db.exec('DROP TABLE first_screens; CREATE TABLE first_screens (room TEXT, screen BLOB)'));
    const after = await ask();

    expect(after.source).toBe('worker');
    expect(after.screen.result.tasks.get(dig)?.finish).toBe('2026-03-06');
    expect(readProject(after.screen.doc)).toEqual(readProject((await freshBuild()).doc));
    await restart([]);
    expect((await ask()).source).toBe('stored');
  });
});
