// Relay alerts end to end: a real relay with access control on a real port, stock y-websocket clients
// editing through the schema commands, the relay's clock and snapshot job driven by hand, and a local
// stand-in for DingTalk, Feishu and WeCom. A critical task that becomes late is posted exactly once to
// each robot that asked for it, in its service's format; a relay restart posts nothing again; a task
// that recovers and goes late again is posted again; a switched-off robot is posted nothing.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import { startRobotTestServer, type RecordedRequest, type RobotTestServer } from '../../server/notify/robot-test-server';
import type { RunningRelay } from '../../server/start-relay';
import type { TaskId, UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { addTask, initProject, readColumns, updateTaskSchedule } from '../../shared/schema';
import { projectRoom, type RoomName } from '../../shared/schema/room-name';
import { addRegisteredProject, alertRelayOptions, settleAlerts, snapshotJobOf } from './alerts-fixture';
import { createHarness, type Harness, type TestClient } from './relay-harness';
import { startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const ORIGIN = { name: 'alerts-test' };
const ROBOTS = `/api/workspaces/${WORKSPACE_ID}/robots`;
const TOKEN = 'f00dfacef00dfacef00dfacef00dface';
const OWNER = 'user_AlertOwner01' as UserId;

describe('relay alerts: a critical task became late', () => {
  let harness: Harness;
  let team: Team;
  let service: RobotTestServer;
  let relay: RunningRelay;
  let now: number;
  let room: RoomName;
  let client: TestClient;
  let slab: TaskId;

  const relayOptions = () => alertRelayOptions(() => now);
  const job = () => snapshotJobOf(relay);
  /** Lets the relay see the client's edit, then runs the debounced path 2 s later and waits for the alerts. */
  const settle = (): Promise<void> => settleAlerts(relay, () => void (now += 2_000));
  const bodies = (): Record<string, unknown>[] => service.requests.map((request: RecordedRequest) => request.body as Record<string, unknown>);

  beforeEach(async () => {
    now = Date.parse('2026-12-01T02:00:00Z'); // Tuesday 10:00 in China
    harness = await createHarness();
    team = await startTeamRelay(harness, relayOptions());
    relay = team.relay;
    service = await startRobotTestServer();
    const projectId = await addRegisteredProject(harness, team, { name: 'Harbour depot', createdBy: OWNER, now }, ORIGIN);
    room = projectRoom(projectId);
    const robot = (kind: string, path: string, extra: Record<string, unknown>) => ({
      kind, name: `${kind} chat`, webhookUrl: `${service.origin}${path}`, briefingTime: null, language: 'zh-CN', alerts: { lateCritical: true, budgetOverrun: false }, ...extra,
    });
    for (const body of [
      robot('dingtalk', `/robot/send?access_token=${TOKEN}`, { secret: 'SECalerts-secret-abcdefgh' }),
      robot('feishu', '/open-apis/bot/v2/hook/abc', { language: 'en' }),
      robot('wecom', '/cgi-bin/webhook/send?key=k', {}),
      robot('wecom', '/no-alerts', { alerts: { lateCritical: false, budgetOverrun: false } }),
    ]) expect((await team.api('PUT', ROBOTS, body, team.owner.token)).status).toBe(200);

    client = harness.connect(relay, room, { token: team.owner.token });
    await waitFor(() => client.provider.synced, 'project synced');
    await job().tick(); // the daily pass of the first tick, out of the way before editing
    initProject(client.doc, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(client.doc);
    if (!todo) throw new Error('no column');
    const added = addTask(client.doc, { columnId: todo.id, title: 'Pour slab', createdBy: null, now }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    slab = added.value;
    // starts today and takes 5 working days: on time, and the whole critical path
    updateTaskSchedule(client.doc, slab, { start: '2026-12-01' as IsoDay, duration: 5 }, now, ORIGIN);
    await settle();
  });
  afterEach(async () => {
    await service.close();
    await harness.cleanup();
  });

  const makeLate = (doc: Y.Doc): void => void updateTaskSchedule(doc, slab, { start: '2026-11-24' as IsoDay }, now, ORIGIN);

  it('posts once to each robot that asked, in its own format, and not again while it stays late', async () => {
    expect(service.requests).toHaveLength(0);
    makeLate(client.doc);
    await settle();
    expect(service.requests.map((request) => request.url.split('?')[0])).toEqual(['/robot/send', '/open-apis/bot/v2/hook/abc', '/cgi-bin/webhook/send']);
    const [dingtalk, feishu, wecom] = bodies();
    expect(service.requests[0]?.url).toMatch(new RegExp(`^/robot/send\\?access_token=${TOKEN}&timestamp=\\d+&sign=`));
    expect(dingtalk).toEqual({ msgtype: 'markdown', markdown: { title: '关键任务延误 · Harbour depot', text: expect.stringContaining('- Pour slab（延误 ') } });
    expect(feishu).toEqual({
      msg_type: 'interactive',
      card: { header: { title: { tag: 'plain_text', content: 'Critical tasks running late · Harbour depot' } }, elements: [{ tag: 'markdown', content: expect.stringMatching(/- Pour slab \(\d+ working days? late\)/) }] },
    });
    expect(wecom).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('### 关键任务延误 · Harbour depot') } });
    const alertDeliveries = relay.robots.store.all().flatMap((robot) => relay.robots.store.deliveries(robot.id));
    expect(alertDeliveries).toEqual([1, 2, 3].map(() => expect.objectContaining({ purpose: 'alert', ok: true })));
    // the documents were read in the snapshot worker, never on the relay's thread
    expect(relay.robots.alerts.computations().main).toBe(0);
    expect(relay.robots.alerts.computations().worker).toBeGreaterThanOrEqual(2);

    // another edit, and the next day: still the same late task, nothing new to say
    const [todo] = readColumns(client.doc);
    if (!todo) throw new Error('no column');
    addTask(client.doc, { columnId: todo.id, title: 'Order cement', createdBy: null, now }, ORIGIN);
    await settle();
    now += 24 * 3_600_000;
    await job().tick();
    await relay.robots.alerts.settled();
    expect(service.requests).toHaveLength(3);
  });

  it('a relay restart posts nothing again; recovering and going late again posts again', async () => {
    makeLate(client.doc);
    await settle();
    expect(service.requests).toHaveLength(3);
    client.destroy();
    await relay.close();

    relay = await harness.start({ ...relayOptions(), access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
    await job().tick(); // the restarted job's daily pass checks every project and finance room
    await relay.robots.alerts.settled();
    expect(relay.robots.alerts.roomsChecked()).toBeGreaterThanOrEqual(1);
    expect(service.requests).toHaveLength(3);

    const again = harness.connect(relay, room, { token: team.owner.token });
    await waitFor(() => again.provider.synced, 'project synced after restart');
    updateTaskSchedule(again.doc, slab, { percentComplete: 100 }, now, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(3);
    updateTaskSchedule(again.doc, slab, { percentComplete: 40 }, now, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(6);
    expect(bodies()[5]).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('Pour slab（延误 ') } });
  });

  it('a switched-off robot gets no alert; switched back on, it posts what is still wrong once', async () => {
    const robots = (await team.api('GET', ROBOTS, undefined, team.owner.token)).json.robots as { id: string; name: string }[];
    const feishu = robots.find((robot) => robot.name === 'feishu chat');
    if (!feishu) throw new Error('no feishu robot');
    expect((await team.api('PUT', `${ROBOTS}/${feishu.id}/enabled`, { enabled: false }, team.owner.token)).status).toBe(200);
    makeLate(client.doc);
    await settle();
    expect(service.requests.map((request) => request.url.split('?')[0])).toEqual(['/robot/send', '/cgi-bin/webhook/send']);
    expect(relay.robots.store.deliveries(feishu.id)).toEqual([]);

    expect((await team.api('PUT', `${ROBOTS}/${feishu.id}/enabled`, { enabled: true }, team.owner.token)).status).toBe(200);
    const [todo] = readColumns(client.doc);
    if (!todo) throw new Error('no column');
    addTask(client.doc, { columnId: todo.id, title: 'Order cement', createdBy: null, now }, ORIGIN);
    await settle();
    expect(service.requests.map((request) => request.url.split('?')[0])).toEqual(['/robot/send', '/cgi-bin/webhook/send', '/open-apis/bot/v2/hook/abc']);
    expect(bodies()[2]).toMatchObject({ card: { elements: [{ content: expect.stringMatching(/- Pour slab \(\d+ working days? late\)/) }] } });
    addTask(client.doc, { columnId: todo.id, title: 'Hire crane', createdBy: null, now }, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(3);
  });
});
