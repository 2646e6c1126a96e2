import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/ids';
import { addProject, addTask, initProject, readColumns, renameWorkspace, setBriefingTemplate, updateTask } from '../../shared/schema';
import { projectRoom, workspaceRoom } from '../../shared/schema/room-name';
import type { IsoDay } from '../../shared/iso-day';
import { createLogger, createSilentLogger } from '../log';
import { createMemoryStore } from '../store/memory-store';
import type { DocStore } from '../store/doc-store';
import { createRobots, type Robots } from './create-robots';
import { DEFAULT_RETRY_POLICY } from './send-robot';
import { NO_ALERTS } from './robot-store';
import { startRobotTestServer, type RobotTestServer } from './robot-test-server';

const WORKSPACE = 'wsBriefing0001';
const ORIGIN = { name: 'test' };
const OWNER = 'user_Owner000001' as UserId;
/** 08:00 in Beijing (UTC+8) on a day, plus minutes. */
const beijing = (day: string, minutes = 0): number => Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;

let dir: string;
let docs: DocStore;
let service: RobotTestServer;
let robots: Robots;
let now: number;
let ws: Y.Doc;

async function save(room: Parameters<DocStore['append']>[0], doc: Y.Doc): Promise<void> {
  await docs.append(room, Y.encodeStateAsUpdate(doc), { connectionId: 'test', ip: '127.0.0.1', at: 0 });
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefing-'));
  docs = createMemoryStore();
  service = await startRobotTestServer();
  now = beijing('2026-03-02', -60);
  robots = createRobots({ dataDir: dir, docs, clock: { now: () => now }, logger: createSilentLogger(), autoTick: false, anyHost: true, sleep: async () => {} });
  // a workspace with no calendar settings yet (the China preset applies) and one project
  ws = new Y.Doc();
  renameWorkspace(ws, 'Tower team', 0, ORIGIN);
  const created = addProject(ws, { name: 'Tower', createdBy: OWNER, now: 0 }, ORIGIN);
  if (!created.ok) throw new Error(created.reason);
  await save(workspaceRoom(WORKSPACE), ws);
  const project = new Y.Doc();
  initProject(project, ['To do', 'Doing', 'Done'], ORIGIN);
  const [todo] = readColumns(project);
  if (!todo) throw new Error('initProject made no columns');
  const late = addTask(project, { columnId: todo.id, title: 'Rebar B2', createdBy: OWNER, now: 0 }, ORIGIN);
  if (!late.ok) throw new Error(late.reason);
  updateTask(project, late.value, { dueDate: '2026-02-27' as IsoDay }, 0, ORIGIN);
  await save(projectRoom(created.value), project);
  robots.store.put({
    id: 'robot_wecom00001', workspaceId: WORKSPACE, kind: 'wecom', name: 'Site chat', webhookUrl: `${service.origin}/cgi-bin/webhook/send?key=k`,
    secret: null, briefingTime: '08:00', language: 'en', timeZoneOffsetMinutes: -480, lastBriefingDay: null, alerts: NO_ALERTS, enabled: true,
  }, 0);
});

afterEach(async () => {
  robots.close();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefing scheduler', () => {
  it('sends the team briefing once at the configured local time on a working day', async () => {
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(0); // 07:00 in Beijing
    now = beijing('2026-03-02', 1);
    await robots.scheduler.tick();
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(1);
    const content = (service.requests[0]?.body as { markdown: { content: string } }).markdown.content;
    expect(content).toContain('### Daily briefing 2026-03-02');
    expect(content).toContain('**Overdue**\n- Tower / Rebar B2 (3 d late)');
    expect(robots.store.deliveries('robot_wecom00001')).toEqual([expect.objectContaining({ purpose: 'briefing', ok: true })]);
    now = beijing('2026-03-03', 5);
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(2);
  });

  it('stays quiet on non-working days of the calendar (a weekend, the Spring Festival) and works on a make-up Saturday', async () => {
    for (const day of ['2026-03-07', '2026-02-17']) {
      now = beijing(day, 30);
      await robots.scheduler.tick();
    }
    expect(service.requests).toHaveLength(0);
    now = beijing('2026-02-28', 30);
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(1);
  });

  it('sends nothing to a switched-off robot, and the day\'s briefing once it is switched back on', async () => {
    robots.store.setEnabled(WORKSPACE, 'robot_wecom00001', false, 0);
    now = beijing('2026-03-02', 1);
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(0);
    expect(robots.store.get(WORKSPACE, 'robot_wecom00001')?.lastBriefingDay).toBeNull();
    robots.store.setEnabled(WORKSPACE, 'robot_wecom00001', true, 0);
    now = beijing('2026-03-02', 30);
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(1);
  });

  it("follows the team's template from the workspace room: only its sections, in its order", async () => {
    setBriefingTemplate(ws, { sections: ['overdue', 'keyNumbers'], maxItemsPerSection: 5 }, ORIGIN);
    await save(workspaceRoom(WORKSPACE), ws);
    now = beijing('2026-03-02', 1);
    await robots.scheduler.tick();
    const content = (service.requests[0]?.body as { markdown: { content: string } }).markdown.content;
    expect(content).toContain('**Overdue**\n- Tower / Rebar B2 (3 d late)');
    expect(content.indexOf('**Overdue**')).toBeLessThan(content.indexOf('**Key numbers**'));
    expect(content).not.toContain("**Today's plan**");
    expect(content).not.toContain('**Risks**');
    expect(content).not.toContain('**Labour recorded yesterday**');
  });

  it('a service that stays down (500) is retried with backoff, the failure is recorded, and the log holds neither secret nor token', async () => {
    robots.close();
    const lines: string[] = [];
    const sleeps: number[] = [];
    robots = createRobots({
      dataDir: dir, docs, clock: { now: () => now }, logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
      autoTick: false, anyHost: true, sleep: async (ms) => { sleeps.push(ms); },
    });
    const secret = 'SECscheduler-secret-0123456789';
    const token = 'c0ffeec0ffeec0ffeec0ffeec0ffee00';
    robots.store.setEnabled(WORKSPACE, 'robot_wecom00001', false, 0);
    robots.store.put({
      id: 'robot_feishu0001', workspaceId: WORKSPACE, kind: 'feishu', name: 'Office chat', webhookUrl: `${service.origin}/open-apis/bot/v2/hook/${token}`,
      secret, briefingTime: '08:00', language: 'en', timeZoneOffsetMinutes: -480, lastBriefingDay: null, alerts: NO_ALERTS, enabled: true,
    }, 0);
    service.reply({ status: 500, body: 'upstream down' });
    now = beijing('2026-03-02', 1);
    await robots.scheduler.tick();
    expect(service.requests).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(sleeps).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts - 1);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? Infinity);
    expect(robots.store.deliveries('robot_feishu0001')).toEqual([expect.objectContaining({ purpose: 'briefing', ok: false, attempts: DEFAULT_RETRY_POLICY.maxAttempts })]);
    const log = lines.join('\n');
    expect(log).toContain('robot send failed');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(token);
    const sign = (service.requests[0]?.body as { sign: string }).sign;
    expect(log).not.toContain(sign);
  });
});
