import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRobotStore, type RobotSettings } from './robot-store';

const ROBOT: RobotSettings = {
  id: 'robot_store00001', workspaceId: 'wsStore000001', kind: 'wecom', name: 'Site chat', webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
  secret: null, briefingTime: null, language: 'zh-CN', timeZoneOffsetMinutes: -480, lastBriefingDay: null, alerts: { lateCritical: true, budgetOverrun: false }, enabled: true,
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'robot-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('robot store: alerts', () => {
  it('keeps each robot\'s alert choices and the alert items it last saw per room', () => {
    const store = openRobotStore(path.join(dir, 'robots.sqlite'));
    store.put(ROBOT, 0);
    expect(store.get(ROBOT.workspaceId, ROBOT.id)?.alerts).toEqual({ lateCritical: true, budgetOverrun: false });
    expect(store.alertState(ROBOT.id, 'p.project0001')).toBeNull();
    store.setAlertState(ROBOT.id, 'p.project0001', ['task_a', 'task_b'], 1);
    store.setAlertState(ROBOT.id, 'p.project0001', ['task_b'], 2);
    expect(store.alertState(ROBOT.id, 'p.project0001')).toEqual(['task_b']);
    store.remove(ROBOT.workspaceId, ROBOT.id);
    expect(store.alertState(ROBOT.id, 'p.project0001')).toBeNull();
    store.close();
  });

  it('opens a robots.sqlite from before alerts existed, with alerts off', () => {
    const file = path.join(dir, 'robots.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE robots (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, webhook_url TEXT NOT NULL,
      secret TEXT, briefing_time TEXT, language TEXT NOT NULL, time_zone_offset_minutes INTEGER NOT NULL, last_briefing_day TEXT, updated_at INTEGER NOT NULL)`);
    old.prepare("INSERT INTO robots VALUES ('robot_old000001', 'wsStore000001', 'dingtalk', 'Old', 'https://oapi.dingtalk.com/robot/send?access_token=t', NULL, '08:00', 'en', -480, NULL, 0)").run();
    old.close();
    const store = openRobotStore(file);
    expect(store.get('wsStore000001', 'robot_old000001')).toMatchObject({ name: 'Old', briefingTime: '08:00', alerts: { lateCritical: false, budgetOverrun: false }, enabled: true });
    store.close();
  });

  it('switches a robot off and on without touching its other settings, and keeps the switch across an edit', () => {
    const file = path.join(dir, 'robots.sqlite');
    const store = openRobotStore(file);
    store.put(ROBOT, 0);
    expect(store.setEnabled(ROBOT.workspaceId, ROBOT.id, false, 1)).toEqual({ ...ROBOT, enabled: false });
    expect(store.setEnabled('wsOther0000001', ROBOT.id, true, 2)).toBeNull();
    expect(store.setEnabled(ROBOT.workspaceId, 'robot_missing001', true, 2)).toBeNull();
    store.close();
    const reopened = openRobotStore(file);
    expect(reopened.get(ROBOT.workspaceId, ROBOT.id)?.enabled).toBe(false);
    reopened.put({ ...ROBOT, name: 'Renamed', enabled: false }, 3);
    expect(reopened.get(ROBOT.workspaceId, ROBOT.id)).toMatchObject({ name: 'Renamed', enabled: false });
    reopened.close();
  });
});
