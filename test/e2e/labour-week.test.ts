// The "done when" for day labour, through the real relay: a foreman on a 360 px phone records a
// week for a crew of three (the first day by tapping workers, each next day with "Copy yesterday's crew"),
// offline for three of the days, and signs each day; after reconnecting, the manager on another device sees
// the labour per worker, per team and per day, each adding up to the same total to the fen, and the cost
// centre's budget vs actual books that total under Labour.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, waitForSyncState, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';

const CREW = [
  { name: 'Wang Wu', team: 'Masons', rate: '350' },
  { name: 'Li Si', team: 'Masons', rate: '300' },
  { name: 'Zhao Liu', team: 'Carpenters', rate: '400' },
] as const;
const DAYS = 7;
/** Days of the week offline on the phone (0 = the first day). */
const OFFLINE_DAYS = new Set([3, 4, 5]);

/** A day relative to today on this machine's calendar (the browsers run here too, in the same time zone). */
function localDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function signDay(page: Page): Promise<void> {
  const sign = page.locator('.labour-records').getByRole('button', { name: 'Sign', exact: true });
  await expect.poll(() => sign.count()).toBe(CREW.length);
  for (let i = 0; i < CREW.length; i++) await sign.first().click();
  await expect.poll(() => page.locator('.labour-records').getByRole('button', { name: 'Signed', exact: true }).count()).toBe(CREW.length);
}

describe('a week of day labour on a phone', () => {
  const e2e = useRelayAndBrowser();
  let foreman: Person;
  let manager: Person;
  let labourUrl = '';

  beforeAll(async () => {
    foreman = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await createProject(foreman.page, 'Canal bridge', []);
    labourUrl = `${foreman.page.url()}/labour`;
    await waitForSyncState(foreman.page, 'saved-server');
    manager = await joinAs(e2e.browser, await createInvite(foreman.page, 'Manager'), 'Bo Li');
  }, 120_000);

  it('seven days for a crew of three, three of them offline, reach the manager per worker, team and day, and the cost centre, exactly', async () => {
    const page = foreman.page;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(labourUrl);
    await page.getByRole('heading', { name: 'Day labour', level: 1 }).waitFor();
    for (const worker of CREW) {
      const form = page.getByRole('form', { name: 'Add worker' });
      await form.getByLabel('Name').fill(worker.name);
      await form.getByLabel('Team').fill(worker.team);
      await form.getByLabel('Day rate (¥)').fill(worker.rate);
      await form.getByRole('button', { name: 'Add worker' }).click();
      await page.getByRole('form', { name: 'Record labour' }).getByRole('button', { name: worker.name }).waitFor();
    }
    const entry = page.getByRole('form', { name: 'Record labour' });
    for (let index = 0; index < DAYS; index++) {
      if (OFFLINE_DAYS.has(index) && !OFFLINE_DAYS.has(index - 1)) {
        await page.context().setOffline(true);
        await waitForSyncState(page, 'offline');
      }
      if (!OFFLINE_DAYS.has(index) && OFFLINE_DAYS.has(index - 1)) {
        await page.context().setOffline(false);
        await waitForSyncState(page, 'saved-server');
      }
      await entry.getByLabel('Day', { exact: true }).fill(localDay(index - (DAYS - 1)));
      if (index === 0) {
        for (const worker of CREW) {
          await entry.getByRole('button', { name: worker.name }).click();
          await expect.poll(() => entry.getByLabel('Day rate (¥)').inputValue()).toBe(`${worker.rate}.00`);
          await entry.getByRole('button', { name: 'Save' }).click();
          await page.locator('.labour-records li', { hasText: worker.name }).waitFor();
        }
      } else {
        await entry.getByRole('button', { name: 'Copy yesterday’s crew' }).click();
      }
      await signDay(page);
    }
    await waitForSyncState(page, 'saved-server');
    // the phone's own summary: 7 × (¥350 + ¥300 + ¥400)
    await expect.poll(() => page.locator('.labour-summary tfoot tr').innerText()).toContain('¥7,350.00');
    // the grouping switch and the widest grouped table fit the phone (the table scrolls inside its frame)
    await page.getByRole('group', { name: 'Group the summary by' }).getByRole('button', { name: 'Day', exact: true }).click();
    await page.getByTestId('labour-by-day').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const view = manager.page;
    await view.goto(labourUrl);
    const worker = (name: string) => view.locator('.labour-summary tbody tr', { hasText: name });
    await expect.poll(() => worker('Wang Wu').innerText(), { timeout: 15_000 }).toContain('¥2,450.00');
    expect(await worker('Li Si').innerText()).toContain('¥2,100.00');
    expect(await worker('Zhao Liu').innerText()).toContain('¥2,800.00');
    expect(await view.locator('.labour-summary tfoot tr').innerText()).toMatch(/^Total\s+¥7,350\.00\s+¥0\.00\s+¥0\.00\s+¥7,350\.00$/);

    const grouping = view.getByRole('group', { name: 'Group the summary by' });
    await grouping.getByRole('button', { name: 'Team', exact: true }).click();
    await expect.poll(() => view.getByTestId('labour-by-team').locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^Carpenters\s+7\s+7\s+0\s+0\s+¥2,800\.00\s+¥2,800\.00\s+¥0\.00$/),
      expect.stringMatching(/^Masons\s+14\s+14\s+0\s+0\s+¥4,550\.00\s+¥4,550\.00\s+¥0\.00$/),
    ]);
    await grouping.getByRole('button', { name: 'Day', exact: true }).click();
    const byDay = view.getByTestId('labour-by-day');
    await expect.poll(() => byDay.locator('tbody tr').count()).toBe(DAYS);
    for (const row of await byDay.locator('tbody tr').allInnerTexts()) expect(row).toMatch(/\s3\s+3\s+0\s+0\s+¥1,050\.00\s+¥1,050\.00\s+¥0\.00$/);
    expect(await byDay.locator('tfoot tr').innerText()).toMatch(/^Total\s+21\s+21\s+0\s+0\s+¥7,350\.00\s+¥7,350\.00\s+¥0\.00$/);

    await view.goto(labourUrl.replace(/\/labour$/, '/costs'));
    const labourRow = view.getByTestId('budget-row').filter({ has: view.getByRole('rowheader', { name: 'Labour', exact: true }) });
    await expect.poll(() => labourRow.getByTestId('budget-actual').innerText(), { timeout: 15_000 }).toBe('¥7,350.00');
  });
});
