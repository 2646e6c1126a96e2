import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { startRobotTestServer, type RobotTestServer } from './robot-test-server';
import { backoffMs, DEFAULT_RETRY_POLICY, sendRobotMessage, type SendDeps } from './send-robot';
import type { RobotTarget } from './robot-types';

const SECRET = 'SECtest-secret-0123456789';
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const TOKEN = 'b0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
const message = { title: 'Daily briefing 2026-01-01', markdown: '### Daily briefing\n- Tower / Pour slab' };

let server: RobotTestServer;
let lines: string[];
let sleeps: number[];

function deps(): SendDeps {
  return {
    clock: { now: () => NOW },
    logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    sleep: async (ms) => { sleeps.push(ms); },
    random: () => 0.5,
  };
}

beforeAll(async () => { server = await startRobotTestServer(); });
afterAll(async () => { await server.close(); });
beforeEach(() => { server.requests.length = 0; lines = []; sleeps = []; server.reply({ status: 200, body: '{"errcode":0,"errmsg":"ok","code":0,"msg":"success"}' }); });

describe('DingTalk custom robot', () => {
  const target = (): RobotTarget => ({ kind: 'dingtalk', webhookUrl: `${server.origin}/robot/send?access_token=${TOKEN}`, secret: SECRET });

  it('posts the markdown msgtype, signed with timestamp and sign in the URL (known vector)', async () => {
    expect(await sendRobotMessage(deps(), target(), message)).toEqual({ ok: true, attempts: 1 });
    const [request] = server.requests;
    const expectedSign = createHmac('sha256', SECRET).update(`${NOW}\n${SECRET}`).digest('base64');
    expect(expectedSign).toBe('MFX77+16EJKdQ63Px0Wa+lid6E57T5BlOeu19jzu8R8=');
    expect(request?.url).toBe(`/robot/send?access_token=${TOKEN}&timestamp=${NOW}&sign=MFX77%2B16EJKdQ63Px0Wa%2Blid6E57T5BlOeu19jzu8R8%3D`);
    expect(request?.body).toEqual({ msgtype: 'markdown', markdown: { title: message.title, text: message.markdown } });
  });

  it('errcode ≠ 0 is a failure with the service\'s message, not retried', async () => {
    server.reply({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    expect(await sendRobotMessage(deps(), target(), message)).toEqual({ ok: false, attempts: 1, message: '310000: sign not match' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('Feishu custom bot', () => {
  it('posts an interactive card with timestamp (seconds) and sign in the body (known vector)', async () => {
    const target: RobotTarget = { kind: 'feishu', webhookUrl: `${server.origin}/open-apis/bot/v2/hook/${TOKEN}`, secret: SECRET };
    expect((await sendRobotMessage(deps(), target, message)).ok).toBe(true);
    const timestamp = NOW / 1000;
    const expectedSign = createHmac('sha256', `${timestamp}\n${SECRET}`).update('').digest('base64');
    expect(expectedSign).toBe('9jBpooywNFTLDsK374E9A7E5DIFEMxuXKrrhwteLzm0=');
    expect(server.requests[0]?.url).toBe(`/open-apis/bot/v2/hook/${TOKEN}`);
    expect(server.requests[0]?.body).toEqual({
      timestamp: '1767225600', sign: expectedSign, msg_type: 'interactive',
      card: { header: { title: { tag: 'plain_text', content: message.title } }, elements: [{ tag: 'markdown', content: message.markdown }] },
    });
  });

  it('code ≠ 0 is a failure with the service\'s message', async () => {
    server.reply({ status: 200, body: '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}' });
    const target: RobotTarget = { kind: 'feishu', webhookUrl: `${server.origin}/open-apis/bot/v2/hook/${TOKEN}`, secret: SECRET };
    expect(await sendRobotMessage(deps(), target, message)).toEqual({ ok: false, attempts: 1, message: '19021: sign match fail or timestamp is not within one hour from current time' });
  });
});

describe('WeCom group robot', () => {
  const target = (): RobotTarget => ({ kind: 'wecom', webhookUrl: `${server.origin}/cgi-bin/webhook/send?key=${TOKEN}`, secret: null });

  it('posts the markdown msgtype unsigned', async () => {
    expect((await sendRobotMessage(deps(), target(), message)).ok).toBe(true);
    expect(server.requests[0]).toEqual({ method: 'POST', url: `/cgi-bin/webhook/send?key=${TOKEN}`, body: { msgtype: 'markdown', markdown: { content: message.markdown } } });
  });

  it('retries 5xx and 429 with growing backoff, then succeeds', async () => {
    server.reply({ status: 502, body: 'bad gateway' }, { status: 429, body: '' }, { status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    expect(await sendRobotMessage(deps(), target(), message)).toEqual({ ok: true, attempts: 3 });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([750, 1500]);
  });

  it('gives up after the bounded number of attempts on a service that stays down', async () => {
    server.reply({ status: 503, body: '' });
    const outcome = await sendRobotMessage(deps(), target(), message);
    expect(outcome).toEqual({ ok: false, attempts: DEFAULT_RETRY_POLICY.maxAttempts, message: 'HTTP 503' });
    expect(server.requests).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('no retry storm on a 4xx: one request only', async () => {
    server.reply({ status: 404, body: 'not found' });
    expect(await sendRobotMessage(deps(), target(), message)).toEqual({ ok: false, attempts: 1, message: 'HTTP 404: not found' });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('errcode ≠ 0 is a failure with the service\'s message', async () => {
    server.reply({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    expect(await sendRobotMessage(deps(), target(), message)).toEqual({ ok: false, attempts: 1, message: '93000: invalid webhook url' });
  });

  it('retries network errors (nothing listening)', async () => {
    const closed = await startRobotTestServer();
    await closed.close();
    const outcome = await sendRobotMessage(deps(), { kind: 'wecom', webhookUrl: `${closed.origin}/cgi-bin/webhook/send?key=${TOKEN}`, secret: null }, message);
    expect(outcome).toEqual({ ok: false, attempts: DEFAULT_RETRY_POLICY.maxAttempts, message: 'network error: ECONNREFUSED' });
  });
});

describe('logging', () => {
  it('the secret and the webhook token never appear in the log, the redacted target does', async () => {
    server.reply({ status: 500, body: '' });
    await sendRobotMessage(deps(), { kind: 'dingtalk', webhookUrl: `${server.origin}/robot/send?access_token=${TOKEN}`, secret: SECRET }, message);
    await sendRobotMessage(deps(), { kind: 'feishu', webhookUrl: `${server.origin}/open-apis/bot/v2/hook/${TOKEN}`, secret: SECRET }, message);
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('MFX77');
    expect(log).toContain(`${server.origin}/robot/send?***`);
    expect(log).toContain(`${server.origin}/open-apis/bot/v2/hook/***`);
  });
});

describe('backoffMs', () => {
  it('doubles per attempt between half and all of the ceiling, capped', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 4000 };
    expect([1, 2, 3, 4].map((attempt) => backoffMs(policy, attempt, () => 0))).toEqual([500, 1000, 2000, 2000]);
    expect([1, 2, 3, 4].map((attempt) => backoffMs(policy, attempt, () => 0.999999))).toEqual([1000, 2000, 4000, 4000]);
  });
});
