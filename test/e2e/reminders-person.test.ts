// The daily reminder as the person's own setting, through the real relay and service worker in
// Chromium: a time chosen on the laptop shows on the same person's phone (signed in with a device link)
// and turning it off there turns it off on the laptop; a time kept on a device from before is moved to
// the person's settings on first open; and on the phone (Playwright's clock) the reminder fires on a
// working day, not on a day off added to the workspace calendar, and again on the next working day.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimAs, createInvite, createProject, joinAs, openApp, type Person } from './browser';
import { openGantt } from './gantt-helpers';
import { useRelayAndBrowser } from './lifecycle';
import { closeNotifications, countNotificationCalls, notificationCalls, shownNotifications } from './notifications';

/** A Tuesday 09:00 UTC: a working day in the default calendar in every time zone from UTC−9 to UTC+14. */
const PHONE_START = new Date('2026-12-08T09:00:00Z');

/** The page's local 'HH:MM' some minutes from its (faked) now, and its local day a number of days on. */
function localTimeIn(page: Page, minutes: number): Promise<string> {
  return page.evaluate((ahead) => {
    const at = new Date(Date.now() + ahead * 60_000);
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  }, minutes);
}
function localDayIn(page: Page, days: number): Promise<string> {
  return page.evaluate((ahead) => {
    const at = new Date(Date.now() + ahead * 86_400_000);
    return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  }, days);
}

async function openToday(page: Page): Promise<void> {
  await page.getByTestId('today-link').click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const status = (page: Page) => page.getByTestId('reminder-status');

describe('the reminder follows the person', () => {
  const e2e = useRelayAndBrowser();
  let laptop: Person;
  let phone: Person;

  beforeAll(async () => {
    laptop = await claimAs(e2e.browser, e2e.relay, 'Ann Wang');
    await laptop.context.grantPermissions(['notifications']);
    await createProject(laptop.page, 'Harbour depot', ['Pour slab']);
    await laptop.page.getByRole('link', { name: /Projects/ }).first().click();
    await laptop.page.getByRole('link', { name: 'Team and invitations' }).click();
    await laptop.page.getByRole('button', { name: 'Create device link' }).click();
    const link = await laptop.page.getByLabel('Device link').inputValue();
    await laptop.page.getByRole('link', { name: 'Back to the workspace' }).click();
    phone = await openApp(e2e.browser, link, 'Ann Wang', {
      prepare: async (page) => {
        await page.clock.install({ time: PHONE_START });
        await countNotificationCalls(page);
      },
    });
    await phone.context.grantPermissions(['notifications']);
    await phone.page.getByRole('button', { name: 'Sign in this device' }).click();
    await phone.page.getByRole('heading', { name: 'Projects' }).waitFor();
    await openToday(laptop.page);
    await openToday(phone.page);
  });

  it('a time chosen on the laptop is on the phone; turned off on the phone, it is off on the laptop', async () => {
    await status(phone.page).filter({ hasText: 'The reminder is off on all your devices.' }).waitFor();
    // late in the day, so the phone (its clock at 09:00) has nothing to show yet
    await laptop.page.getByLabel('Reminder time').fill('23:50');
    await laptop.page.getByRole('button', { name: 'Turn on' }).click();
    const on = 'On: every working day at 23:50, on each of your devices that allows notifications.';
    await status(laptop.page).filter({ hasText: on }).waitFor();
    await status(phone.page).filter({ hasText: on }).waitFor();
    expect((await notificationCalls(phone.page)).started).toBe(0);
    expect(await phone.page.getByLabel('Reminder time').inputValue()).toBe('08:30'); // the field is the phone's draft
    await phone.page.getByRole('button', { name: 'Turn off' }).click();
    await status(laptop.page).filter({ hasText: 'The reminder is off on all your devices.' }).waitFor();
  });

  it('a time kept on a device from before is moved to the person\'s settings on first open', async () => {
    const link = await createInvite(laptop.page, 'Member');
    const bo = await joinAs(e2e.browser, link, 'Bo Li');
    const workspaceId = /#\/w\/([^/]+)/.exec(bo.page.url())?.[1] ?? '';
    const key = `sitebeam.reminder.${workspaceId}`;
    await bo.page.evaluate((storageKey) => localStorage.setItem(storageKey, JSON.stringify({ time: '06:40', lastShownDay: null })), key);
    await bo.page.reload();
    await bo.page.getByRole('heading', { name: 'Projects' }).waitFor();
    await openToday(bo.page);
    await status(bo.page).filter({ hasText: 'On: every working day at 06:40, on each of your devices that allows notifications.' }).waitFor();
    // the device keeps only the day it last showed one (06:40 had passed when it moved: today counts as handled)
    await expect.poll(() => bo.page.evaluate((storageKey) => (JSON.parse(localStorage.getItem(storageKey) ?? '{}') as { time?: unknown }).time, key)).toBeNull();
    await bo.context.close();
  });

  it('fires on a working day, not on a day off of the workspace calendar, and again on the next working day', async () => {
    const page = phone.page;
    const holiday = await localDayIn(page, 1);
    // the owner adds tomorrow (the phone's day) as a day off, on the laptop's Gantt
    await laptop.page.getByRole('link', { name: /Projects/ }).first().click();
    await laptop.page.getByRole('link', { name: 'Harbour depot' }).click();
    await openGantt(laptop.page);
    await laptop.page.getByRole('button', { name: 'Working calendar' }).click();
    const dialog = laptop.page.getByRole('dialog', { name: 'Working calendar' });
    await dialog.getByRole('textbox', { name: 'Extra days off' }).fill(holiday);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const time = await localTimeIn(page, 30);
    await page.getByLabel('Reminder time').fill(time);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await status(page).filter({ hasText: `On: every working day at ${time}` }).waitFor();
    expect((await notificationCalls(page)).started).toBe(0);
    // today, a working day: it fires once its time passes
    await page.clock.fastForward('25:00');
    await page.clock.fastForward('06:00');
    await expect.poll(async () => (await notificationCalls(page)).settled, { timeout: 10_000 }).toBe(1);
    expect(await shownNotifications(page)).toHaveLength(1);
    await closeNotifications(page);

    // tomorrow is the day off: past its time, nothing; the next reminder is the day after
    for (let quarter = 0; quarter < 4 * 24; quarter += 1) await page.clock.fastForward('15:00');
    await page.getByTestId('today-day').filter({ hasText: holiday }).waitFor();
    expect((await notificationCalls(page)).started).toBe(1);
    expect(await shownNotifications(page)).toEqual([]);
    const dayAfter = await localDayIn(page, 1);
    const nextShown = await page.evaluate(() => document.querySelector('[data-testid="reminder-status"]')?.textContent ?? '');
    expect(nextShown).toMatch(/Next reminder: /);
    expect(nextShown).not.toContain('Next reminder: now');

    // the day after, a working day again: it fires
    for (let quarter = 0; quarter < 4 * 24; quarter += 1) await page.clock.fastForward('15:00');
    await page.getByTestId('today-day').filter({ hasText: dayAfter }).waitFor();
    await expect.poll(async () => (await notificationCalls(page)).settled, { timeout: 10_000 }).toBe(2);
    expect(await shownNotifications(page)).toHaveLength(1);
  });
});
