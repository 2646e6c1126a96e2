// The monthly satisfaction survey in the real app against the real relay: never on the first day of
// use; once this device's first-use day lies in the past (set in localStorage, which is what the
// timing reads) the card asks, refuses a send without a rating, and an answer reaches the relay (the
// team figures API shows it as today's satisfaction); then the card is not offered again, and on a
// "second device" that doesn't know, the relay says the person answered this month (in any
// workspace), so the card doesn't ask and the month settles; an answer given elsewhere while the card
// is open gets the relay's 409, shown as already answered, changing nothing.
// A teammate's "Not now" settles the month without sending an answer, and the relay keeps it for the
// person, so a device that doesn't know doesn't ask either; an offline send settles nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localIsoDay } from '../../shared/iso-day';
import { seriousViolations } from './axe';
import { claimAs, createInvite, joinAs, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const LONG_AGO = '2020-01-01';

function today(): string {
  return localIsoDay(Date.now(), -480); // the China day the relay counts months by
}

async function signedInUser(page: Page): Promise<{ userId: string; token: string }> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('sitebeam.session') ?? 'null') as { userId: string; token: string } | null;
    if (stored === null) throw new Error('not signed in');
    return { userId: stored.userId, token: stored.token };
  });
}

async function setSurveyState(page: Page, state: { firstUseDay: string | null; settledMonths?: Record<string, string>; lastAskedMonth: string | null }): Promise<void> {
  const { userId } = await signedInUser(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`sitebeam.survey.${userId}`, JSON.stringify({ settledMonths: {}, ...state })] as const);
}

async function surveyState(page: Page): Promise<unknown> {
  const { userId } = await signedInUser(page);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, `sitebeam.survey.${userId}`);
}

async function reloadHome(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
}

describe('satisfaction survey', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let workspaceId = '';

  const satisfactionToday = async (): Promise<number | null> => {
    const { token } = await signedInUser(owner.page);
    const day = today();
    const response = await fetch(`${e2e.relay.baseUrl}/api/metrics/team?workspace=${workspaceId}&from=${day}&to=${day}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { days: { day: string; satisfaction: number | null }[] };
    expect(body.days.map((row) => row.day)).toEqual([day]);
    return body.days[0]?.satisfaction ?? null;
  };

  beforeAll(async () => {
    // bypassCSP: axe is injected as a script, which the app's CSP would rightly refuse
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    workspaceId = /#\/w\/([^/]+)/.exec(owner.page.url())?.[1] ?? '';
    expect(workspaceId).not.toBe('');
  });

  it('is not shown on the first day of use', async () => {
    await reloadHome(owner.page);
    expect(await surveyState(owner.page)).toEqual({ firstUseDay: today(), settledMonths: {}, lastAskedMonth: null });
    expect(await owner.page.getByTestId('satisfaction-survey').count()).toBe(0);
  });

  it('asks on a later day; the answer reaches the relay and the survey is not offered again', async () => {
    const { page } = owner;
    await setSurveyState(page, { firstUseDay: LONG_AGO, lastAskedMonth: null });
    await reloadHome(page);
    const survey = page.getByRole('region', { name: 'How is SiteBeam working for you?' });
    // shown once the relay says this person has not answered this month anywhere
    await survey.waitFor();
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect(survey.getByRole('alert').textContent()).resolves.toBe('Choose a rating from 1 to 5 first.');
    expect(await seriousViolations(page)).toEqual([]);
    // keyboard only: into the rating group, arrow keys move the choice
    await survey.getByRole('radio', { name: '3 – okay' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await survey.getByRole('radio', { name: '4 – good' }).isChecked()).toBe(true);
    await survey.getByLabel('Comment (optional)').fill('  好用，但甘特图在手机上有点小  ');
    expect(await satisfactionToday()).toBeNull();
    await survey.getByRole('button', { name: 'Send' }).click();
    await survey.getByRole('status').filter({ hasText: 'Thank you! We won’t ask again this month.' }).waitFor();
    expect(await satisfactionToday()).toBe(4);
    // the keyboard stays in the card: Close has the focus
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Close');
    await page.keyboard.press('Enter');
    await survey.waitFor({ state: 'detached' });

    await reloadHome(page);
    expect(await surveyState(page)).toEqual({ firstUseDay: LONG_AGO, settledMonths: {}, lastAskedMonth: today().slice(0, 7) });
    expect(await page.getByTestId('satisfaction-survey').count()).toBe(0);
  });

  it('on a device that doesn’t know of the answer, the relay says answered and the card does not ask', async () => {
    const { page } = owner;
    await setSurveyState(page, { firstUseDay: LONG_AGO, lastAskedMonth: null });
    const status = page.waitForResponse((response) => response.url().endsWith('/api/satisfaction') && response.request().method() === 'GET');
    await page.reload();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expect(await (await status).json()).toEqual({ ok: true, month: today().slice(0, 7), answered: true, dismissed: false });
    await page.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { lastAskedMonth?: string }).lastAskedMonth !== null, `sitebeam.survey.${(await signedInUser(page)).userId}`);
    expect(await surveyState(page)).toEqual({ firstUseDay: LONG_AGO, settledMonths: {}, lastAskedMonth: today().slice(0, 7) });
    expect(await page.getByTestId('satisfaction-survey').count()).toBe(0);
  });

  it('a teammate’s Not now sends no answer, holds on their other devices and waits for next month; offline sends settle nothing', async () => {
    const link = await createInvite(owner.page, 'Member');
    const member = await joinAs(e2e.browser, link, 'Bo Li');
    await member.page.setViewportSize({ width: 360, height: 740 });
    await setSurveyState(member.page, { firstUseDay: LONG_AGO, lastAskedMonth: null });
    await reloadHome(member.page);
    const survey = member.page.getByTestId('satisfaction-survey');
    await survey.waitFor();
    const box = await survey.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 360).toBe(true);

    await member.context.setOffline(true);
    await survey.getByRole('radio', { name: '2 – fair' }).check();
    await survey.getByRole('button', { name: 'Send' }).click();
    await survey.getByRole('status').filter({ hasText: 'Could not reach the server' }).waitFor();
    expect(await surveyState(member.page)).toEqual({ firstUseDay: LONG_AGO, settledMonths: {}, lastAskedMonth: null });
    await member.context.setOffline(false);
    await reloadHome(member.page);
    await survey.waitFor();
    // answered on another device while this card is open: the relay refuses this one (409)
    const { token } = await signedInUser(member.page);
    const elsewhere = await fetch(`${e2e.relay.baseUrl}/api/satisfaction`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ workspaceId, score: 2 }) });
    expect(elsewhere.status).toBe(200);
    await survey.getByRole('radio', { name: '5 – very good' }).check();
    await survey.getByRole('button', { name: 'Send' }).click();
    await survey.getByRole('status').filter({ hasText: 'You already answered this month' }).waitFor();
    expect(await satisfactionToday()).toBe(3);
    expect(await surveyState(member.page)).toEqual({ firstUseDay: LONG_AGO, settledMonths: {}, lastAskedMonth: today().slice(0, 7) });
    await reloadHome(member.page);
    expect(await member.page.getByTestId('satisfaction-survey').count()).toBe(0);
    await member.context.close();

    // Not now: a third person dismisses, nothing is sent, and the month is settled
    const link2 = await createInvite(owner.page, 'Member');
    const third = await joinAs(e2e.browser, link2, 'Cy Zhao');
    await setSurveyState(third.page, { firstUseDay: LONG_AGO, lastAskedMonth: null });
    await reloadHome(third.page);
    const card = third.page.getByTestId('satisfaction-survey');
    await card.waitFor();
    const dismissal = third.page.waitForResponse((response) => response.url().endsWith('/api/satisfaction/dismissal'));
    await card.getByRole('button', { name: 'Not now' }).click();
    expect(await card.count()).toBe(0);
    expect((await dismissal).status()).toBe(200);
    expect(await surveyState(third.page)).toEqual({ firstUseDay: LONG_AGO, settledMonths: {}, lastAskedMonth: today().slice(0, 7) });
    await reloadHome(third.page);
    expect(await third.page.getByTestId('satisfaction-survey').count()).toBe(0);
    expect(await satisfactionToday()).toBe(3);
    // their phone, which knows nothing of it: the relay says dismissed, so the card doesn't ask there either
    await setSurveyState(third.page, { firstUseDay: LONG_AGO, lastAskedMonth: null });
    const status = third.page.waitForResponse((response) => response.url().endsWith('/api/satisfaction') && response.request().method() === 'GET');
    await reloadHome(third.page);
    expect(await (await status).json()).toEqual({ ok: true, month: today().slice(0, 7), answered: false, dismissed: true });
    await third.page.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { lastAskedMonth?: string | null }).lastAskedMonth !== null, `sitebeam.survey.${(await signedInUser(third.page)).userId}`);
    expect(await third.page.getByTestId('satisfaction-survey').count()).toBe(0);
    expect(await satisfactionToday()).toBe(3);
    await third.context.close();
  });
});
