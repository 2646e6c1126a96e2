// The Today view through the real relay: a member checks in (打卡) with a note and the owner's
// leaderboard shows it live; the member's clock (Playwright's page.clock, no hook in the app) moves
// to the next day and the check-in card opens again; the owner checks in offline and it reaches the
// member after reconnecting. The task lists move with the clock too: due today becomes overdue.
// One tap on Today marks a task done (the card moves on the owner's board) and signs a labour record,
// whose points reach the member's leaderboard through the relay (the member can't open finance rooms).
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { seriousViolations } from './axe';

/**
 * A Wednesday, a working day in the default calendar. Both people's clocks start there (Playwright's
 * page.clock): a check-in counts in its own week, so a clock left real would put the owner's week
 * elsewhere once the real date has moved on.
 */
const MEMBER_START = new Date('2026-12-02T09:00:00Z');
const OWNER_START = new Date('2026-12-02T08:30:00Z');

function leaderboardRow(page: Page, name: string) {
  return page.getByTestId('leaderboard').getByRole('row').filter({ hasText: name });
}

async function openToday(page: Page): Promise<void> {
  await page.getByTestId('today-link').click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}

describe('today view: check-in and points', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let member: Person;
  let ownerBoardUrl = '';

  beforeAll(async () => {
    // bypassCSP: axe is injected as a script, which the app's CSP would rightly refuse
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true, prepare: (page) => page.clock.install({ time: OWNER_START }) });
    await createProject(owner.page, 'Harbour depot', ['Pour slab', 'Order cement']);
    const link = await createInvite(owner.page, 'Member');
    member = await joinAs(e2e.browser, link, 'Bo Li', { prepare: (page) => page.clock.install({ time: MEMBER_START }) });
    await owner.page.getByRole('link', { name: 'Harbour depot' }).click();
    ownerBoardUrl = owner.page.url();
    await card(owner.page, 'To do', 'Pour slab').click();
    const editor = owner.page.getByRole('dialog', { name: 'Edit card' });
    await editor.getByLabel('Due date').fill('2026-12-02');
    await editor.getByRole('checkbox', { name: 'Bo Li' }).check();
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await openToday(owner.page);
    await openToday(member.page);
  });

  it('lists the task due on the member\'s day under "due today", and a tap steps its progress', async () => {
    const dueToday = member.page.getByTestId('today-due-today');
    await dueToday.getByText('Pour slab').waitFor();
    expect(await member.page.getByTestId('today-overdue').getByTestId('today-item').count()).toBe(0);
    expect(await dueToday.getByTestId('today-item').count()).toBe(1);
    await member.page.getByRole('button', { name: 'Mark Pour slab 25% done' }).click();
    await dueToday.getByText('25% done').waitFor();
    const briefing = member.page.getByTestId('briefing');
    await briefing.getByText('My daily briefing').click();
    await briefing.locator('pre').filter({ hasText: 'Pour slab' }).waitFor();
    await owner.page.getByTestId('today-no-tasks').waitFor();
    await owner.page.getByTestId('today-labour').getByText('No labour records are waiting for a signature.').waitFor();
    expect(await member.page.getByTestId('today-labour').count()).toBe(0);
  });

  it("a member's check-in shows its time and note, and the owner's leaderboard updates live", async () => {
    const page = member.page;
    await page.getByTestId('today-day').filter({ hasText: '2026-12-02' }).waitFor();
    await owner.page.getByText('No points yet in this period.').waitFor();
    await page.getByLabel('What I will do today (optional)').fill('Pour the east slab');
    await page.getByLabel('Site (optional)').fill('Harbour depot');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByText('Checked in at').waitFor();
    await page.getByText('Pour the east slab').waitFor();
    await page.getByText('Site: Harbour depot').waitFor();
    expect(await page.getByTestId('my-points').textContent()).toBe('My points: 10 this week, 10 this month');
    const row = leaderboardRow(owner.page, 'Bo Li');
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['1', 'Bo Li', '10']);
    expect(await owner.page.getByTestId('my-points').textContent()).toBe('My points: 0 this week, 0 this month');
    // the leaderboard exports as shown
    const [download] = await Promise.all([owner.page.waitForEvent('download'), owner.page.getByRole('group', { name: 'Export the leaderboard' }).getByRole('button', { name: 'Export .csv' }).click()]);
    expect(download.suggestedFilename()).toBe('Team leaderboard This week.csv');
    expect(await readFile(await download.path(), 'utf8')).toBe('\uFEFFRank,Member,Points\r\n1,Bo Li,10\r\n');
  });

  it('the next day (moved clock) the check-in card asks again', async () => {
    const page = member.page;
    await page.clock.fastForward('24:00:00');
    await page.getByTestId('today-day').filter({ hasText: '2026-12-03' }).waitFor();
    await page.getByRole('button', { name: 'Check in' }).waitFor();
    expect(await page.getByTestId('checked-in').count()).toBe(0);
    await page.getByTestId('today-overdue').getByText('Pour slab').waitFor();
    expect(await page.getByTestId('today-due-today').getByTestId('today-item').count()).toBe(0);
  });

  it('reloaded with no network, Today still lists the overdue task from the device copy, and a tap offline is kept', async () => {
    const page = member.page;
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await member.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await waitForSyncState(page, 'offline');
    const overdue = page.getByTestId('today-overdue');
    await overdue.getByText('Pour slab').waitFor();
    await page.getByRole('button', { name: 'Mark Pour slab 50% done' }).click();
    await overdue.getByText('50% done').waitFor();
    await member.context.setOffline(false);
    await waitForSyncState(page, 'saved-server');
  });

  it('a check-in made offline reaches the teammate after reconnecting', async () => {
    await owner.context.setOffline(true);
    await waitForSyncState(owner.page, 'offline');
    await owner.page.getByLabel('What I will do today (optional)').fill('Site walk');
    await owner.page.getByRole('button', { name: 'Check in' }).click();
    await owner.page.getByText('Checked in at').waitFor();
    await leaderboardRow(owner.page, 'Ann Wang').waitFor();
    expect(await leaderboardRow(member.page, 'Ann Wang').count()).toBe(0);
    await owner.context.setOffline(false);
    const row = leaderboardRow(member.page, 'Ann Wang');
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('10');
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    await owner.page.setViewportSize({ width: 360, height: 740 });
    await owner.page.getByTestId('leaderboard').waitFor();
    const overflow = await owner.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('has no serious or critical axe violations, with the briefing open', async () => {
    const page = owner.page;
    await page.getByTestId('briefing').getByText('My daily briefing').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('"Done" on an overdue item moves the card to the last column, and the owner\'s board has it there', async () => {
    const overdue = member.page.getByTestId('today-overdue');
    await member.page.getByRole('button', { name: 'Mark Pour slab done' }).click();
    await expect.poll(() => overdue.getByText('Pour slab').count()).toBe(0);
    await owner.page.goto(ownerBoardUrl);
    await card(owner.page, 'Done', 'Pour slab').waitFor();
    expect(await card(owner.page, 'To do', 'Pour slab').count()).toBe(0);
  });

  it('a labour record waits on the owner\'s Today until one tap signs it, as the labour page then shows', async () => {
    const page = owner.page;
    await page.getByRole('link', { name: 'Day labour' }).click();
    const worker = page.getByRole('form', { name: 'Add worker' });
    await worker.getByLabel('Name').fill('Wang Wu');
    await worker.getByLabel('Day rate (¥)').fill('350');
    await worker.getByRole('button', { name: 'Add worker' }).click();
    const entry = page.getByRole('form', { name: 'Record labour' });
    await entry.getByRole('button', { name: 'Wang Wu' }).click();
    await expect.poll(() => entry.getByLabel('Day rate (¥)').inputValue()).toBe('350.00');
    await entry.getByRole('button', { name: 'Save' }).click();
    await page.locator('.labour-records li', { hasText: 'Wang Wu' }).waitFor();

    await openToday(page);
    const waiting = page.getByTestId('labour-to-sign');
    await waiting.filter({ hasText: 'Wang Wu' }).filter({ hasText: 'Harbour depot' }).waitFor();
    expect(await waiting.count()).toBe(1);
    await page.getByRole('button', { name: /^Sign the labour record of Wang Wu on \d{4}-\d{2}-\d{2}$/ }).click();
    await page.getByTestId('today-labour').getByText('No labour records are waiting for a signature.').waitFor();
    expect(await member.page.getByTestId('today-labour').count()).toBe(0);
    // signed today, on time: 5 points beside the owner's check-in, at once on the signer's own device…
    await expect.poll(() => leaderboardRow(page, 'Ann Wang').getByRole('cell').nth(2).textContent()).toBe('15');
    // …and through the relay for the member, who can't open the finance room (refreshed every minute)
    await expect.poll(async () => {
      await member.page.clock.fastForward('01:00');
      return leaderboardRow(member.page, 'Ann Wang').getByRole('cell').nth(2).textContent();
    }, { timeout: 15_000 }).toBe('15');

    await page.goto(`${ownerBoardUrl}/labour`);
    await page.getByRole('button', { name: 'Signed', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
  });

  it("the team's briefing template, edited by the owner, orders the member's briefing live; a bad item limit is refused", async () => {
    const page = owner.page;
    await openToday(page);
    await page.getByTestId('briefing').getByText('My daily briefing').click();
    const template = page.getByTestId('briefing-template');
    await template.getByRole('checkbox', { name: 'Key numbers' }).uncheck();
    await template.getByRole('checkbox', { name: 'Risks' }).uncheck();
    await template.getByRole('button', { name: 'Move Overdue up' }).click();
    await template.getByRole('button', { name: 'Move Overdue up' }).click();
    await expect.poll(() => template.getByRole('button', { name: 'Move Overdue up' }).isDisabled()).toBe(true);
    const headings = async (): Promise<string[]> => ((await member.page.getByTestId('briefing').locator('pre').textContent()) ?? '').match(/【[^】]+】/g) ?? [];
    await expect.poll(headings).toEqual(['【Overdue】', '【Done yesterday (2026-12-02)】', "【Today's plan】", '【Labour recorded yesterday】']);
    expect(await member.page.getByTestId('briefing').locator('pre').textContent()).toMatch(/^Daily briefing for Bo Li, 2026-12-03/);
    await template.getByLabel('Items listed per section (1–50)').fill('0');
    await template.getByLabel('Items listed per section (1–50)').press('Tab');
    await page.getByText('Items per section must be a whole number from 1 to 50.').waitFor();
    expect(await template.getByLabel('Items listed per section (1–50)').inputValue()).toBe('10');
  });
});
