// Group robot settings through the real relay and Chromium: the owner adds a WeCom robot pointing at a
// local stand-in server (the relay runs with ROBOT_ANY_HOST=on, as tests only may), the test message
// arrives with the service's exact body, a 4xx answer shows the service's error and lands in the
// delivery log, a member sees only that robots are for admins — never a webhook —, the alert
// choices (late critical tasks, budget overrun) are saved and shown, the on/off switch is kept by the
// relay (and a switched-off robot still sends its test message), and deleting asks first, naming the robot.
// A relay started without ROBOT_ANY_HOST refuses that local address with the exact message and
// accepts the service's own host.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRobotTestServer, type RobotTestServer } from '../../server/notify/robot-test-server';
import { claimAs, createInvite, joinAs, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const TOKEN = 'e2e-robot-token-0123456789';

async function openTeamPage(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Projects/ }).first().click();
  await page.getByRole('link', { name: 'Team and invitations' }).click();
  await page.getByRole('heading', { name: 'Group robots' }).waitFor();
}

describe('group robot settings', () => {
  const e2e = useRelayAndBrowser({ env: { ROBOT_ANY_HOST: 'on' } });
  let standIn: RobotTestServer;
  let owner: Person;
  let member: Person;

  beforeAll(async () => {
    standIn = await startRobotTestServer();
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    member = await joinAs(e2e.browser, await createInvite(owner.page, 'Member'), 'Bo Li');
    await openTeamPage(owner.page);
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('an address that is not a web address is refused before anything is saved', async () => {
    const page = owner.page;
    await page.getByText('No robots yet.').waitFor();
    await page.getByLabel('Name').fill('Site crew');
    await page.getByLabel('Webhook URL').fill('qyapi.weixin.qq.com/cgi-bin/webhook/send');
    await page.getByRole('button', { name: 'Add robot' }).click();
    await page.getByRole('alert').filter({ hasText: 'That is not a valid web address' }).waitFor();
    expect(await page.getByTestId('robot-item').count()).toBe(0);
  });

  it('the owner adds a robot and its test message reaches the service with the exact body', async () => {
    const page = owner.page;
    await page.getByLabel('Service').selectOption({ label: 'WeCom' });
    await page.getByLabel('Name').fill('Site crew');
    await page.getByLabel('Webhook URL').fill(`${standIn.origin}/cgi-bin/webhook/send?key=${TOKEN}`);
    await page.getByLabel('Message language').selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Add robot' }).click();
    const item = page.getByTestId('robot-item').filter({ hasText: 'Site crew' });
    await item.waitFor();
    // the token never comes back to the browser
    expect(await item.textContent()).not.toContain(TOKEN);
    await item.getByText('No signing secret').waitFor();
    expect(await item.getByTestId('robot-alerts').textContent()).toBe('No alerts');

    await item.getByRole('button', { name: 'Send test message' }).click();
    await item.getByTestId('robot-test-answer').filter({ hasText: 'Test message delivered.' }).waitFor();
    expect(standIn.requests).toEqual([{
      method: 'POST',
      url: `/cgi-bin/webhook/send?key=${TOKEN}`,
      body: { msgtype: 'markdown', markdown: { content: '**SiteBeam**\n\nThis robot is connected: the daily briefing will arrive here.' } },
    }]);
    await item.getByRole('listitem').filter({ hasText: 'Delivered' }).waitFor();
  });

  it("a 4xx answer shows as a failure with the service's message and in the delivery log", async () => {
    standIn.reply({ status: 400, body: 'missing key' });
    const item = owner.page.getByTestId('robot-item').filter({ hasText: 'Site crew' });
    await item.getByRole('button', { name: 'Send test message' }).click();
    await expect.poll(() => standIn.requests.length, { timeout: 15_000 }).toBe(2);
    const answer = item.getByTestId('robot-test-answer');
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).toContain('The service refused the message: HTTP 400');
    expect(await answer.textContent()).toContain('missing key');
    await item.getByRole('listitem').filter({ hasText: /Failed: HTTP 400.*1 attempt/ }).waitFor();
    // the delivery log exports with each time as a date and time, the result in words and the service's answer
    const [download] = await Promise.all([owner.page.waitForEvent('download'), item.getByRole('group', { name: 'Export the deliveries of Site crew' }).getByRole('button', { name: 'Export .csv' }).click()]);
    expect(download.suggestedFilename()).toBe('Site crew deliveries.csv');
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe("\uFEFFTime,Sent,Result,Attempts,Service's answer");
    const rows = lines.slice(1).map((line) => line.replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/, 'TIME,'));
    expect(rows).toHaveLength(2);
    expect(rows).toContain('TIME,Test,Delivered,1,ok');
    expect(rows.find((row) => row.includes('Failed'))).toMatch(/^TIME,Test,Failed,1,.*HTTP 400.*missing key/);
  });

  it('a member sees only that robots are for admins, never a webhook', async () => {
    const page = member.page;
    await openTeamPage(page);
    await page.getByTestId('robots-only-admins').filter({ hasText: 'Only admins and the owner can see and change the group robots.' }).waitFor();
    expect(await page.getByLabel('Webhook URL').count()).toBe(0);
    expect(await page.getByTestId('robot-item').count()).toBe(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Site crew');
    expect(text).not.toContain('/cgi-bin/webhook');
  });

  it('the owner edits the robot by pasting the webhook again', async () => {
    standIn.reply({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    const page = owner.page;
    const item = page.getByTestId('robot-item').filter({ hasText: 'Site crew' });
    await item.getByRole('button', { name: 'Edit Site crew' }).click();
    const form = page.getByRole('form', { name: 'Edit Site crew' });
    await form.getByLabel('Name').fill('Night crew');
    await form.getByLabel('Webhook URL').fill(`${standIn.origin}/cgi-bin/webhook/send?key=${TOKEN}`);
    await form.getByRole('checkbox', { name: 'A critical task became late' }).check();
    await form.getByRole('button', { name: 'Save robot' }).click();
    const renamed = page.getByTestId('robot-item').filter({ hasText: 'Night crew' });
    await renamed.waitFor();
    expect(await renamed.getByTestId('robot-alerts').textContent()).toBe('Alerts: late critical tasks');
    await renamed.getByRole('button', { name: 'Edit Night crew' }).click();
    const again = page.getByRole('form', { name: 'Edit Night crew' });
    expect(await again.getByRole('checkbox', { name: 'A critical task became late' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'A cost category went over budget' }).isChecked()).toBe(false);
    await again.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the owner switches the robot off from the keyboard; the relay keeps it off and the test message still goes', async () => {
    const page = owner.page;
    const item = page.getByTestId('robot-item').filter({ hasText: 'Night crew' });
    const toggle = item.getByRole('switch', { name: 'Night crew sends briefings and alerts' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.focus();
    await page.keyboard.press('Space');
    await item.getByTestId('robot-enabled').filter({ hasText: 'Switched off' }).waitFor();
    await item.getByText('this robot sends no daily briefing and no alerts').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');

    await page.reload();
    const reloaded = page.getByTestId('robot-item').filter({ hasText: 'Night crew' });
    const after = reloaded.getByRole('switch', { name: 'Night crew sends briefings and alerts' });
    await after.waitFor();
    expect(await after.isChecked()).toBe(false);
    const sent = standIn.requests.length;
    await reloaded.getByRole('button', { name: 'Send test message' }).click();
    await reloaded.getByTestId('robot-test-answer').filter({ hasText: 'Test message delivered.' }).waitFor();
    expect(standIn.requests).toHaveLength(sent + 1);
  });

  it('deleting asks first, naming the robot (en and zh); Escape keeps it, confirming deletes it', async () => {
    const page = owner.page;
    const item = page.getByTestId('robot-item').filter({ hasText: 'Night crew' });
    await item.getByRole('button', { name: 'Delete Night crew' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the robot “Night crew”?' });
    await dialog.waitFor();
    await dialog.getByText('Messages it already posted stay in the group chat.').waitFor();
    // Cancel has the focus: Escape (or Enter) right away deletes nothing
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await item.count()).toBe(1);

    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-CN');
    await item.getByRole('button', { name: '删除 Night crew' }).click();
    const zhDialog = page.getByRole('dialog', { name: '删除机器人“Night crew”？' });
    await zhDialog.getByText('已发送到群里的消息会保留。', { exact: false }).waitFor();
    await zhDialog.getByRole('button', { name: '取消' }).click();
    await zhDialog.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');

    await item.getByRole('button', { name: 'Delete Night crew' }).click();
    await dialog.getByRole('button', { name: 'Delete Night crew' }).click();
    await page.getByText('No robots yet.').waitFor();
  });
});

describe('webhook hosts without ROBOT_ANY_HOST', () => {
  // '' reads as unset (server/config.ts), whatever the calling shell exports
  const e2e = useRelayAndBrowser({ env: { ROBOT_ANY_HOST: '' } });
  let standIn: RobotTestServer;
  let owner: Person;

  beforeAll(async () => {
    standIn = await startRobotTestServer();
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await openTeamPage(owner.page);
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('refuses a robot on a local host with the exact message, and saves one on the service\'s own host', async () => {
    const page = owner.page;
    await page.getByLabel('Service').selectOption({ label: 'WeCom' });
    await page.getByLabel('Name').fill('Site crew');
    await page.getByLabel('Webhook URL').fill(`${standIn.origin}/cgi-bin/webhook/send?key=${TOKEN}`);
    const answer = page.waitForResponse((response) => response.url().endsWith('/robots') && response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Add robot' }).click();
    const refused = await answer;
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toEqual({ ok: false, error: 'invalid-webhook' });
    const alert = page.getByRole('alert').filter({ hasText: 'The webhook URL must be https' });
    expect(await alert.textContent()).toBe(
      'The webhook URL must be https and on the service’s own host (DingTalk: oapi.dingtalk.com, Feishu: open.feishu.cn or open.larksuite.com, WeCom: qyapi.weixin.qq.com).',
    );
    expect(await page.getByTestId('robot-item').count()).toBe(0);
    expect(standIn.requests).toEqual([]);

    // saving sends nothing, so the official host is safe to use here
    await page.getByLabel('Webhook URL').fill(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${TOKEN}`);
    await page.getByRole('button', { name: 'Add robot' }).click();
    const item = page.getByTestId('robot-item').filter({ hasText: 'Site crew' });
    await item.getByText('qyapi.weixin.qq.com').waitFor();
    expect(await item.textContent()).not.toContain(TOKEN);
  });
});
