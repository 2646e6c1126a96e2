// The budget-overrun alert end to end: a real relay with access control on a real port, a stock
// y-websocket client writing the project's finance room through the schema commands, the relay's
// clock and snapshot job driven by hand, and a local stand-in for WeCom and Feishu. A cost category
// that goes over its budget is posted once, with the exact body, to each robot that asked for it;
// more spending in the same category posts nothing, another category going over posts only that
// one, and a relay restart posts nothing again (but still posts what goes over afterwards).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import { startRobotTestServer, type RobotTestServer } from '../../server/notify/robot-test-server';
import type { RunningRelay } from '../../server/start-relay';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { addBudgetLine, recordCost } from '../../shared/schema';
import { financeRoom, type RoomName } from '../../shared/schema/room-name';
import { addRegisteredProject, alertRelayOptions, settleAlerts, snapshotJobOf } from './alerts-fixture';
import { createHarness, type Harness, type TestClient } from './relay-harness';
import { startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const ORIGIN = { name: 'budget-alerts-test' };
const ROBOTS = `/api/workspaces/${WORKSPACE_ID}/robots`;
const OWNER = 'user_BudgetOwner1' as UserId;
const MATERIALS = 'materials' as CategoryId;
const MACHINERY = 'machinery' as CategoryId;
const COST = { day: '2026-12-01' as IsoDay, taskId: null, supplier: 'Harbour Supply', invoiceNumber: '', note: '' };

describe('relay alerts: budget overrun', () => {
  let harness: Harness;
  let team: Team;
  let service: RobotTestServer;
  let relay: RunningRelay;
  let now: number;
  let room: RoomName;
  let client: TestClient;

  const relayOptions = () => alertRelayOptions(() => now);
  const job = () => snapshotJobOf(relay);
  /** Lets the relay see the client's edit, then runs the debounced path 2 s later and waits for the alerts. */
  const settle = (): Promise<void> => settleAlerts(relay, () => void (now += 2_000));
  const paths = (): string[] => service.requests.map((request) => request.url.split('?')[0] ?? '');

  beforeEach(async () => {
    now = Date.parse('2026-12-01T02:00:00Z');
    harness = await createHarness();
    team = await startTeamRelay(harness, relayOptions());
    relay = team.relay;
    service = await startRobotTestServer();
    const projectId = await addRegisteredProject(harness, team, { name: 'Harbour depot', createdBy: OWNER, now }, ORIGIN);
    room = financeRoom(projectId);
    const robot = (name: string, kind: string, path: string, language: string, alerts: Record<string, boolean>) => ({
      kind, name, webhookUrl: `${service.origin}${path}`, briefingTime: null, language, alerts,
    });
    for (const body of [
      robot('Site office', 'wecom', '/cgi-bin/webhook/send?key=k', 'zh-CN', { lateCritical: false, budgetOverrun: true }),
      robot('Head office', 'feishu', '/open-apis/bot/v2/hook/abc', 'en', { lateCritical: true, budgetOverrun: true }),
      robot('Schedule only', 'wecom', '/schedule-only', 'zh-CN', { lateCritical: true, budgetOverrun: false }),
    ]) expect((await team.api('PUT', ROBOTS, body, team.owner.token)).status).toBe(200);

    client = harness.connect(relay, room, { token: team.owner.token });
    await waitFor(() => client.provider.synced, 'finance room synced');
    await job().tick(); // the daily pass of the first tick, out of the way before editing
    addBudgetLine(client.doc, { categoryId: MATERIALS, taskId: null, description: 'Concrete', amount: fen(1_000_000) }, ORIGIN);
    addBudgetLine(client.doc, { categoryId: MACHINERY, taskId: null, description: 'Crane', amount: fen(500_000) }, ORIGIN);
    recordCost(client.doc, { ...COST, categoryId: MATERIALS, amount: fen(900_000) }, null, now, ORIGIN);
    await settle();
  });
  afterEach(async () => {
    await service.close();
    await harness.cleanup();
  });

  it('posts a category that went over its budget once, with the exact body, to each robot that asked', async () => {
    expect(service.requests).toHaveLength(0); // ¥9,000 of ¥10,000: within budget
    recordCost(client.doc, { ...COST, categoryId: MATERIALS, amount: fen(300_000) }, null, now, ORIGIN);
    await settle();
    expect(paths()).toEqual(['/cgi-bin/webhook/send', '/open-apis/bot/v2/hook/abc']);
    expect(service.requests[0]?.body).toEqual({
      msgtype: 'markdown',
      markdown: { content: '### 预算超支 · Harbour depot\n\n- 材料：已花 ¥12,000.00 / 预算 ¥10,000.00（超出 ¥2,000.00）\n\n请在 SiteBeam 成本中心查看详情。' },
    });
    expect(service.requests[1]?.body).toEqual({
      msg_type: 'interactive',
      card: {
        header: { title: { tag: 'plain_text', content: 'Budget overrun · Harbour depot' } },
        elements: [{ tag: 'markdown', content: '### Budget overrun · Harbour depot\n\n- Materials: spent ¥12,000.00 of ¥10,000.00 (¥2,000.00 over)\n\nOpen the cost centre in SiteBeam for the details.' }],
      },
    });

    // more spending in the same category: still the same overrun, nothing new to say
    recordCost(client.doc, { ...COST, categoryId: MATERIALS, amount: fen(50_000) }, null, now, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(2);
    // another category going over: only that one is posted
    recordCost(client.doc, { ...COST, categoryId: MACHINERY, amount: fen(600_000) }, null, now, ORIGIN);
    await settle();
    expect(paths()).toEqual(['/cgi-bin/webhook/send', '/open-apis/bot/v2/hook/abc', '/cgi-bin/webhook/send', '/open-apis/bot/v2/hook/abc']);
    expect(service.requests[2]?.body).toEqual({
      msgtype: 'markdown',
      markdown: { content: '### 预算超支 · Harbour depot\n\n- 机械：已花 ¥6,000.00 / 预算 ¥5,000.00（超出 ¥1,000.00）\n\n请在 SiteBeam 成本中心查看详情。' },
    });
    const deliveries = relay.robots.store.all().flatMap((robot) => relay.robots.store.deliveries(robot.id));
    expect(deliveries).toEqual([1, 2, 3, 4].map(() => expect.objectContaining({ purpose: 'alert', ok: true })));
    expect(relay.robots.alerts.computations()).toEqual({ worker: expect.any(Number), main: 0 });
  });

  it('a relay restart posts nothing again', async () => {
    recordCost(client.doc, { ...COST, categoryId: MATERIALS, amount: fen(300_000) }, null, now, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(2);
    client.destroy();
    await relay.close();

    relay = await harness.start({ ...relayOptions(), access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
    await job().tick(); // the restarted job's daily pass checks every project and finance room
    await relay.robots.alerts.settled();
    expect(relay.robots.alerts.roomsChecked()).toBeGreaterThanOrEqual(1);
    now += 24 * 3_600_000;
    await job().tick(); // and the next day's pass
    await relay.robots.alerts.settled();
    expect(service.requests).toHaveLength(2);

    // the restarted relay still checks: a new overrun is posted, and only the new one
    const again = harness.connect(relay, room, { token: team.owner.token });
    await waitFor(() => again.provider.synced, 'finance room synced after restart');
    recordCost(again.doc, { ...COST, categoryId: MACHINERY, amount: fen(600_000) }, null, now, ORIGIN);
    await settle();
    expect(service.requests).toHaveLength(4);
    expect(service.requests[2]?.body).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('- 机械：已花 ¥6,000.00') } });
    expect(JSON.stringify(service.requests[2]?.body)).not.toContain('材料');
  });
});
