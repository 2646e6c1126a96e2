// The robots settings API against a real relay with access control: only admins and the owner see or
// change robots, secrets come back masked, the test message reaches a local stand-in for the service
// and failures are recorded with the service's own message; a switched-off robot gets no briefing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRobotTestServer, type RobotTestServer } from '../../server/notify/robot-test-server';
import { createHarness, type Harness } from './relay-harness';
import { startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';

const SECRET = 'SECrelay-secret-abcdefghijk';
const TOKEN = 'f00dfacef00dfacef00dfacef00dface';
const ROBOTS = `/api/workspaces/${WORKSPACE_ID}/robots`;

describe('robot settings API', () => {
  let harness: Harness;
  let team: Team;
  let service: RobotTestServer;

  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness, { robots: { autoTick: false, anyHost: true, sleep: async () => {} } });
    service = await startRobotTestServer();
  });
  afterEach(async () => {
    await service.close();
    await harness.cleanup();
  });

  const dingtalk = (): Record<string, unknown> => ({
    kind: 'dingtalk', name: 'Site chat', webhookUrl: `${service.origin}/robot/send?access_token=${TOKEN}`, secret: SECRET, briefingTime: '08:00', language: 'zh-CN',
  });

  it('members, managers and viewers get 403; an admin creates, lists (masked), tests and deletes a robot', async () => {
    const member = await team.invite('member', 'Member Wang');
    const manager = await team.invite('manager', 'Manager Zhao');
    const viewer = await team.invite('viewer', 'Viewer Sun');
    const admin = await team.invite('admin', 'Admin Chen');
    for (const person of [member, manager, viewer]) {
      expect((await team.api('GET', ROBOTS, undefined, person.token)).status).toBe(403);
      expect((await team.api('PUT', ROBOTS, dingtalk(), person.token)).status).toBe(403);
    }
    expect((await team.api('GET', ROBOTS)).status).toBe(401);

    const created = await team.api('PUT', ROBOTS, dingtalk(), admin.token);
    expect(created.status).toBe(200);
    const robot = created.json.robot as Record<string, unknown>;
    const listed = await team.api('GET', ROBOTS, undefined, team.owner.token);
    const text = JSON.stringify(listed.json);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(listed.json.robots).toEqual([expect.objectContaining({ id: robot.id, kind: 'dingtalk', secret: 'SEC****jk', webhook: `${service.origin}/robot/send?***` })]);

    const robotId = String(robot.id);
    for (const person of [member, manager, viewer]) {
      const read = await team.api('GET', ROBOTS, undefined, person.token);
      expect(read.status).toBe(403);
      expect(JSON.stringify(read.json)).not.toContain('robot/send');
      expect((await team.api('GET', `${ROBOTS}/${robotId}/deliveries`, undefined, person.token)).status).toBe(403);
    }
    expect((await team.api('POST', `${ROBOTS}/${robotId}/test`, {}, member.token)).status).toBe(403);
    const tested = await team.api('POST', `${ROBOTS}/${robotId}/test`, {}, admin.token);
    expect(tested.json).toMatchObject({ ok: true, delivered: true, attempts: 1 });
    expect(service.requests[0]?.body).toMatchObject({ msgtype: 'markdown', markdown: { title: 'SiteBeam 测试消息' } });
    expect(service.requests[0]?.url).toMatch(/&timestamp=\d+&sign=/);

    // an update without a secret keeps the stored one
    await team.api('PUT', ROBOTS, { ...dingtalk(), id: robotId, secret: undefined, name: 'Renamed' }, admin.token);
    await team.api('POST', `${ROBOTS}/${robotId}/test`, {}, admin.token);
    expect(service.requests[1]?.url).toMatch(/&sign=/);

    expect((await team.api('DELETE', `${ROBOTS}/${robotId}`, undefined, member.token)).status).toBe(403);
    expect((await team.api('DELETE', `${ROBOTS}/${robotId}`, undefined, admin.token)).status).toBe(200);
    expect((await team.api('GET', ROBOTS, undefined, admin.token)).json.robots).toEqual([]);
  });

  it('a failed test message is recorded with the service\'s message and shown in deliveries', async () => {
    service.reply({ status: 200, body: '{"errcode":310000,"errmsg":"keywords not in content"}' });
    const created = await team.api('PUT', ROBOTS, dingtalk(), team.owner.token);
    const robotId = String((created.json.robot as Record<string, unknown>).id);
    const tested = await team.api('POST', `${ROBOTS}/${robotId}/test`, {}, team.owner.token);
    expect(tested.json).toMatchObject({ delivered: false, message: '310000: keywords not in content' });
    const deliveries = await team.api('GET', `${ROBOTS}/${robotId}/deliveries`, undefined, team.owner.token);
    expect(deliveries.json.deliveries).toEqual([expect.objectContaining({ purpose: 'test', ok: false, attempts: 1, message: '310000: keywords not in content' })]);
    // and counted for operators (GET /metrics sitebeam_errors_total{kind="robot-delivery-failed"})
    expect(new Map(team.relay.metrics.errors.byKind()).get('robot-delivery-failed')).toBe(1);
  });

  it('refuses a webhook on another host when the host check is on, and malformed settings', async () => {
    const strictHarness = await createHarness();
    const strict = await startTeamRelay(strictHarness, { robots: { autoTick: false } });
    const refused = await strict.api('PUT', ROBOTS, dingtalk(), strict.owner.token);
    expect(refused).toEqual({ status: 400, json: { ok: false, error: 'invalid-webhook' } });
    const official = { ...dingtalk(), webhookUrl: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}` };
    expect((await strict.api('PUT', ROBOTS, official, strict.owner.token)).status).toBe(200);
    expect((await strict.api('PUT', ROBOTS, { ...official, briefingTime: '25:00' }, strict.owner.token)).json.error).toBe('invalid-briefing-time');
    expect((await strict.api('PUT', ROBOTS, { ...official, kind: 'slack' }, strict.owner.token)).json.error).toBe('invalid-kind');
    expect((await strict.api('PUT', ROBOTS, { ...official, enabled: 'off' }, strict.owner.token)).json.error).toBe('invalid-enabled');
    const createdOff = await strict.api('PUT', ROBOTS, { ...official, name: 'Quiet chat', enabled: false }, strict.owner.token);
    expect(createdOff.json.robot).toMatchObject({ name: 'Quiet chat', enabled: false });
    await strictHarness.cleanup();
  });

  it('a switched-off robot keeps its settings, gets no scheduled briefing, and still sends the test message', async () => {
    let now = Date.parse('2026-12-01T00:30:00Z'); // Tuesday 08:30 in China, after the 08:00 briefing time
    const clockHarness = await createHarness();
    const clocked = await startTeamRelay(clockHarness, { clock: { now: () => now }, robots: { autoTick: false, anyHost: true, sleep: async () => {} } });
    const created = await clocked.api('PUT', ROBOTS, dingtalk(), clocked.owner.token);
    const robotId = String((created.json.robot as Record<string, unknown>).id);
    expect(created.json.robot).toMatchObject({ enabled: true });

    const admin = await clocked.invite('admin', 'Admin Chen');
    const member = await clocked.invite('member', 'Member Wang');
    expect((await clocked.api('PUT', `${ROBOTS}/${robotId}/enabled`, { enabled: false }, member.token)).status).toBe(403);
    expect(await clocked.api('PUT', `${ROBOTS}/${robotId}/enabled`, { enabled: 'no' }, admin.token)).toEqual({ status: 400, json: { ok: false, error: 'invalid-enabled' } });
    expect(await clocked.api('PUT', `${ROBOTS}/robot_missing0001/enabled`, { enabled: false }, admin.token)).toEqual({ status: 404, json: { ok: false, error: 'robot-not-found' } });
    const off = await clocked.api('PUT', `${ROBOTS}/${robotId}/enabled`, { enabled: false }, admin.token);
    expect(off.json.robot).toMatchObject({ id: robotId, enabled: false, name: 'Site chat', briefingTime: '08:00', secret: 'SEC****jk' });
    // an edit from the form (which sends no switch) keeps it off
    await clocked.api('PUT', ROBOTS, { ...dingtalk(), id: robotId, name: 'Renamed' }, admin.token);
    expect((await clocked.api('GET', ROBOTS, undefined, admin.token)).json.robots).toEqual([expect.objectContaining({ name: 'Renamed', enabled: false })]);

    await clocked.relay.robots.scheduler.tick();
    now += 3_600_000;
    await clocked.relay.robots.scheduler.tick();
    expect(service.requests).toHaveLength(0);
    expect((await clocked.api('GET', `${ROBOTS}/${robotId}/deliveries`, undefined, admin.token)).json.deliveries).toEqual([]);

    const tested = await clocked.api('POST', `${ROBOTS}/${robotId}/test`, {}, admin.token);
    expect(tested.json).toMatchObject({ ok: true, delivered: true });
    expect(service.requests).toHaveLength(1);

    // switched back on the same working day, after its time: today's briefing goes out once
    await clocked.api('PUT', `${ROBOTS}/${robotId}/enabled`, { enabled: true }, admin.token);
    await clocked.relay.robots.scheduler.tick();
    await clocked.relay.robots.scheduler.tick();
    expect(service.requests).toHaveLength(2);
    expect(service.requests[1]?.body).toMatchObject({ msgtype: 'markdown', markdown: { title: expect.stringContaining('2026-12-01') } });
    await clockHarness.cleanup();
  });
});
