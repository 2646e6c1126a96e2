// The robots settings API against a real relay with access control: only admins and the owner see or
// change robots, secrets come back masked, the test message reaches a local stand-in for the service
// and failures are recorded with the service's own message.
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
    const admin = await team.invite('admin', 'Admin Chen');
    for (const person of [member, manager]) {
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
    await strictHarness.cleanup();
  });
});
