// The Today view through the real relay: a member checks in (打卡) with a note and the owner's
// leaderboard shows it live; the member's clock (Playwright's page.clock, no hook in the app) moves
// to the next day and the check-in card opens again; the owner checks in offline and it reaches the
// member after reconnecting. The task lists move with the clock too: due today becomes overdue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { card, claimAs, createInvite, createProject, joinAs, launchBrowser, waitForSyncState, type Person } from './browser';
import { startRelayProcess, type RelayProcess } from './relay-process';
import { seriousViolations } from './axe';

/** A Wednesday, a working day in the default calendar. */
const MEMBER_START = new Date('2026-12-02T09:00:00Z');

function leaderboardRow(page: Page, name: string) {
  return page.getByTestId('leaderboard').getByRole('row').filter({ hasText: name });
}

async function openToday(page: Page): Promise<void> {
  await page.getByTestId('today-link').click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}

describe('today view: check-in and points', () => {
  let relay: RelayProcess;
  let browser: Browser;
  let owner: Person;
  let member: Person;

  beforeAll(async () => {
    relay = await startRelayProcess();
    browser = await launchBrowser();
    // bypassCSP: axe is injected as a script, which the app's CSP would rightly refuse
    owner = await claimAs(browser, relay, 'Ann Wang', { bypassCSP: true });
    await createProject(owner.page, 'Harbour depot', ['Pour slab', 'Order cement']);
    const link = await createInvite(owner.page, 'Member');
    member = await joinAs(browser, link, 'Bo Li', { prepare: (page) => page.clock.install({ time: MEMBER_START }) });
    await owner.page.getByRole('link', { name: 'Harbour depot' }).click();
    await card(owner.page, 'To do', 'Pour slab').click();
    const editor = owner.page.getByRole('dialog', { name: 'Edit card' });
    await editor.getByLabel('Due date').fill('2026-12-02');
    await editor.getByRole('checkbox', { name: 'Bo Li' }).check();
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await openToday(owner.page);
    await openToday(member.page);
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
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
});
