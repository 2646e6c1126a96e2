// ROBOT_ANY_HOST, from the environment to the webhook check: off by default (and for an empty value),
// so a webhook must be https on the service's own host; on, any http(s) host is accepted (tests only);
// anything else stops the relay at start with a message naming the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config';
import { readRobotInput } from './robot-input';

const robot = (kind: string, webhookUrl: string): Record<string, unknown> => ({ kind, name: 'Site chat', webhookUrl, briefingTime: null, language: 'zh-CN' });
const LOCAL = 'http://127.0.0.1:41234/cgi-bin/webhook/send?key=k';

describe('ROBOT_ANY_HOST', () => {
  it('is off unless set to on; an unknown value is refused with a message naming it', () => {
    expect(readConfig({}).robotAnyHost).toBe(false);
    expect(readConfig({ ROBOT_ANY_HOST: '' }).robotAnyHost).toBe(false);
    expect(readConfig({ ROBOT_ANY_HOST: 'off' }).robotAnyHost).toBe(false);
    expect(readConfig({ ROBOT_ANY_HOST: 'on' }).robotAnyHost).toBe(true);
    expect(() => readConfig({ ROBOT_ANY_HOST: 'yes' })).toThrow(new ConfigError('ROBOT_ANY_HOST must be on or off, got "yes"'));
  });

  it('off: only https on the service\'s own host; a local, plain-http, lookalike or other service\'s host is refused', () => {
    const anyHost = readConfig({}).robotAnyHost;
    expect(readRobotInput(robot('wecom', LOCAL), anyHost)).toBe('invalid-webhook');
    expect(readRobotInput(robot('wecom', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'), anyHost)).toBe('invalid-webhook');
    expect(readRobotInput(robot('wecom', 'https://qyapi.weixin.qq.com.example.net/cgi-bin/webhook/send?key=k'), anyHost)).toBe('invalid-webhook');
    expect(readRobotInput(robot('dingtalk', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'), anyHost)).toBe('invalid-webhook');
    expect(readRobotInput(robot('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'), anyHost)).toMatchObject({ kind: 'wecom' });
    expect(readRobotInput(robot('feishu', 'https://open.larksuite.com/open-apis/bot/v2/hook/x'), anyHost)).toMatchObject({ kind: 'feishu' });
  });

  it('on: any http(s) host, but still not another scheme', () => {
    const anyHost = readConfig({ ROBOT_ANY_HOST: 'on' }).robotAnyHost;
    expect(readRobotInput(robot('wecom', LOCAL), anyHost)).toMatchObject({ kind: 'wecom', webhookUrl: LOCAL });
    expect(readRobotInput(robot('dingtalk', 'https://chat.internal.example/robot/send'), anyHost)).toMatchObject({ kind: 'dingtalk' });
    expect(readRobotInput(robot('wecom', 'ftp://127.0.0.1/robot'), anyHost)).toBe('invalid-webhook');
    expect(readRobotInput(robot('wecom', 'not a url'), anyHost)).toBe('invalid-webhook');
  });
});
