// Survey comments on the team health page, in the real app against the real relay: eleven teammates
// answer the satisfaction survey with a comment (and one without) through the relay's API; the owner's
// team health page lists the comments newest first with name, rating and day, ten at a time, and
// "Show more" brings the eleventh, and Refresh reloads them from the newest. A manager sees the team charts but is told comments are for admins
// and the owner, and the page never asks the relay for them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { claimAs, createInvite, joinAs, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const TEAMMATES = 11;

async function sessionToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('sitebeam.session') ?? 'null') as { token: string } | null;
    if (stored === null) throw new Error('not signed in');
    return stored.token;
  });
}

async function openTeamHealth(page: Page): Promise<void> {
  await page.getByTestId('home-health-link').click();
  await page.getByRole('heading', { name: 'Team health', level: 1 }).waitFor();
}

describe('survey comments on team health', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let manager: Person;
  let workspaceId = '';

  const api = async (method: string, path: string, body: unknown, token?: string): Promise<Record<string, unknown>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(`${e2e.relay.baseUrl}${path}`, { method, headers, body: JSON.stringify(body) });
      const json = (await response.json()) as Record<string, unknown>;
      // joins are limited to 10 a minute per address (then one per 6 s): wait for the relay's bucket
      if (response.status === 429 && json.error === 'too-many-attempts' && attempt < 60) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    }
  };

  /** A teammate joins through an invitation over HTTP and answers this month's survey. */
  const teammateAnswers = async (name: string, score: number, comment: string): Promise<void> => {
    const invite = await api('POST', `/api/workspaces/${workspaceId}/invites`, { role: 'member' }, await sessionToken(owner.page));
    const joined = await api('POST', '/api/join', { link: invite.token, name, device: 'phone' });
    await api('POST', '/api/satisfaction', { workspaceId, score, comment }, String(joined.token));
    // a distinct millisecond per answer, so "newest first" has one right order to check
    await new Promise((resolve) => setTimeout(resolve, 5));
  };

  beforeAll(async () => {
    // bypassCSP: axe is injected as a script, which the app's CSP would rightly refuse
    owner = await claimAs(e2e.browser, e2e.relay, 'Ann Wang', { bypassCSP: true });
    workspaceId = /#\/w\/([^/]+)/.exec(owner.page.url())?.[1] ?? '';
    expect(workspaceId).not.toBe('');
    // the manager joins in the browser first, while the relay's limit on joins has room
    manager = await joinAs(e2e.browser, await createInvite(owner.page, 'Manager'), 'Manager Qian');
    await teammateAnswers('Quiet Zhou', 5, ''); // a rating alone: nothing to list
    for (let index = 1; index <= TEAMMATES; index += 1) {
      const number = String(index).padStart(2, '0');
      await teammateAnswers(`Worker ${number}`, (index % 5) + 1, index === TEAMMATES ? '甘特图在手机上有点小\nsecond line' : `comment ${number}`);
    }
  }, 180_000);

  it('the owner reads the comments newest first with name, rating and day, ten at a time, then Show more', async () => {
    const page = owner.page;
    await openTeamHealth(page);
    const section = page.getByRole('region', { name: 'Survey comments' });
    const items = section.getByTestId('survey-comment');
    await items.nth(9).waitFor();
    expect(await items.count()).toBe(10);
    const newest = items.first();
    expect(await newest.locator('strong').textContent()).toBe('Worker 11');
    expect(await newest.getByTestId('survey-comment-score').textContent()).toBe('Rating 2 / 5');
    expect(await newest.getByTestId('survey-comment-text').innerText()).toBe('甘特图在手机上有点小\nsecond line');
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(await newest.locator('time').getAttribute('datetime')).toBe(today);
    expect((await newest.locator('time').textContent())?.length ?? 0).toBeGreaterThan(0);
    expect(await section.getByTestId('survey-comment-text').allTextContents()).toEqual(
      ['甘特图在手机上有点小\nsecond line', ...[10, 9, 8, 7, 6, 5, 4, 3, 2].map((n) => `comment ${String(n).padStart(2, '0')}`)],
    );
    expect(await section.getByText('Quiet Zhou').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByRole('button', { name: 'Show more' }).click();
    await items.nth(10).waitFor();
    expect(await items.count()).toBe(11);
    expect(await items.last().getByTestId('survey-comment-text').textContent()).toBe('comment 01');
    // the last page: no more button, and the keyboard continues at the comment it brought
    expect(await section.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('[data-testid="survey-comment-text"]')?.textContent ?? null)).toBe('comment 01');
    // the comments shown export with the day as a date, the rating as a number and the text as written
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('group', { name: 'Export the comments shown' }).getByRole('button', { name: 'Export .csv' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith(`\uFEFFDay,Name,Rating (1–5),Comment\r\n${today},Worker 11,2,"甘特图在手机上有点小\nsecond line"\r\n`)).toBe(true);
    expect(csv.split('\r\n').filter((line) => /^\d{4}-\d{2}-\d{2},/.test(line))).toHaveLength(11);
  }, 60_000);

  it('Refresh reloads the comments with the figures: a comment given meanwhile comes first, from the newest ten again', async () => {
    const page = owner.page;
    const section = page.getByRole('region', { name: 'Survey comments' });
    const items = section.getByTestId('survey-comment');
    expect(await items.count()).toBe(11); // as the last test left it, after Show more
    await teammateAnswers('Late Wu', 4, 'answered while the page was open');
    expect(await items.first().getByTestId('survey-comment-text').textContent()).toBe('甘特图在手机上有点小\nsecond line');
    const asked: string[] = [];
    const onRequest = (request: { url(): string }): void => void asked.push(new URL(request.url()).pathname);
    page.on('request', onRequest);
    try {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await section.getByTestId('survey-comment-text').filter({ hasText: 'answered while the page was open' }).waitFor();
    } finally {
      page.off('request', onRequest);
    }
    expect(await items.first().locator('strong').textContent()).toBe('Late Wu');
    expect(await items.count()).toBe(10);
    expect(await section.getByRole('button', { name: 'Show more' }).count()).toBe(1);
    expect(asked).toContain('/api/metrics/team');
    expect(asked.filter((pathname) => pathname === '/api/metrics/comments')).toHaveLength(1);
  }, 60_000);

  it('fits a 360 px phone without sideways scrolling', async () => {
    const page = owner.page;
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.getByTestId('survey-comment').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('a manager sees the team page but not the comments, and the page never asks for them', async () => {
    const asked: string[] = [];
    manager.page.on('request', (request) => {
      if (request.url().includes('/api/metrics/')) asked.push(new URL(request.url()).pathname);
    });
    await openTeamHealth(manager.page);
    await manager.page.getByTestId('survey-comments-hidden').filter({ hasText: 'Survey comments are shown to admins and the owner only.' }).waitFor();
    await manager.page.getByTestId('team-members').waitFor(); // the team figures did load
    expect(await manager.page.getByTestId('survey-comment').count()).toBe(0);
    expect(asked).toContain('/api/metrics/team');
    expect(asked).not.toContain('/api/metrics/comments');
  }, 60_000);
});
