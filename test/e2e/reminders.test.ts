// The daily reminder through the built app and its real service worker in Chromium: a person turns the
// reminder on from Today (permission granted to the context), Playwright's page clock moves past the
// time, and the service worker holds one notification with the workspace's title and the Today route;
// it isn't shown again that day, survives a reload, and turning it off stops it. A context without
// permission is told notifications are blocked. A system notification can't be clicked from a script,
// so the worker's own click routine is run inside the worker to check it brings the window to Today.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type Person } from './browser';
import { useRelayAndBrowser } from './lifecycle';
import { closeNotifications, countNotificationCalls, notificationCalls, shownNotifications } from './notifications';

/** A Wednesday, a working day in the default calendar, in every time zone from UTC-12 to UTC+14. */
const START = new Date('2026-12-02T09:00:00Z');

/** The page's local 'HH:MM' some minutes from its (faked) now, so the test holds in any time zone. */
function localTimeIn(page: Page, minutes: number): Promise<string> {
  return page.evaluate((ahead) => {
    const at = new Date(Date.now() + ahead * 60_000);
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  }, minutes);
}

async function openToday(person: Person): Promise<void> {
  await person.page.getByRole('heading', { name: 'Projects' }).waitFor();
  await person.page.getByTestId('today-link').click();
  await person.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await person.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('daily reminder notification', () => {
  const e2e = useRelayAndBrowser();
  let person: Person;
  let workspaceId: string;

  beforeAll(async () => {
    person = await openApp(e2e.browser, e2e.relay.baseUrl, 'Ann Wang', {
      prepare: async (page) => {
        await page.clock.install({ time: START });
        await countNotificationCalls(page);
      },
    });
    await person.context.grantPermissions(['notifications']);
    await openToday(person);
    workspaceId = /#\/w\/([^/]+)\/today/.exec(person.page.url())?.[1] ?? '';
  });

  it('is off until turned on, with its label, and shows no notification', async () => {
    const card = person.page.getByTestId('reminder-card');
    await card.getByRole('heading', { name: 'Daily reminder' }).waitFor();
    expect(await card.getByTestId('reminder-status').textContent()).toBe('The reminder is off on all your devices.');
    expect(await card.getByLabel('Reminder time').inputValue()).toBe('08:30');
    expect(await shownNotifications(person.page)).toEqual([]);
  });

  it('shows one notification through the service worker when its time comes, leading to Today', async () => {
    const page = person.page;
    const time = await localTimeIn(page, 30);
    await page.getByLabel('Reminder time').fill(time);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByTestId('reminder-status').filter({ hasText: `On: every working day at ${time}, on each of your devices that allows notifications.` }).waitFor();
    await page.getByTestId('reminder-status').filter({ hasText: 'Next reminder:' }).waitFor();
    expect(await shownNotifications(page)).toEqual([]);

    await page.clock.fastForward('25:00');
    expect((await notificationCalls(page)).started).toBe(0);
    await page.clock.fastForward('06:00');
    await expect.poll(async () => (await notificationCalls(page)).settled, { timeout: 10_000 }).toBe(1);
    const list = await shownNotifications(page);
    expect(list).toHaveLength(1);
    const [shown] = list;
    expect(shown).toEqual({
      title: "SiteBeam · Ann Wang's team",
      body: expect.stringMatching(/^Your day, .+: see what is overdue and due today, and check in\.$/),
      tag: `sitebeam-reminder-${workspaceId}`,
      url: `#/w/${workspaceId}/today`,
    });
  });

  it('is not shown a second time the same day', async () => {
    const page = person.page;
    await closeNotifications(page);
    await page.clock.fastForward('02:00:00');
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByTestId('reminder-status').filter({ hasText: 'On: every working day at' }).waitFor();
    await page.clock.fastForward('01:00:00');
    expect(await notificationCalls(page)).toEqual({ started: 0, settled: 0 }); // counted since the reload
    expect(await shownNotifications(page)).toEqual([]);
  });

  it("a tap on it brings an open window to the workspace's Today view", async () => {
    const page = person.page;
    await page.getByRole('link', { name: /Projects/ }).first().click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    const [worker] = person.context.serviceWorkers();
    expect(worker).toBeDefined();
    const outcome = await worker?.evaluate(async (url) => {
      const open = (self as unknown as { sitebeamOpenFromNotification(data: unknown): Promise<string> }).sitebeamOpenFromNotification;
      return open({ url });
    }, `#/w/${workspaceId}/today`);
    expect(outcome).toBe('focused');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/w/${workspaceId}/today`);
  });

  it('once turned off, the next day shows nothing', async () => {
    const page = person.page;
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByTestId('reminder-status').filter({ hasText: 'The reminder is off on all your devices.' }).waitFor();
    await page.clock.fastForward('24:00:00');
    await page.getByTestId('today-day').filter({ hasText: '2026-12-03' }).waitFor();
    expect((await notificationCalls(page)).started).toBe(0);
    expect(await shownNotifications(page)).toEqual([]);
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    await person.page.setViewportSize({ width: 360, height: 740 });
    await person.page.getByTestId('reminder-card').waitFor();
    const overflow = await person.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('without permission, says notifications are blocked and stays off', async () => {
    const other = await openApp(e2e.browser, e2e.relay.baseUrl, 'Bo Li');
    await openToday(other);
    await other.page.getByRole('button', { name: 'Turn on' }).click();
    await other.page.getByRole('alert').filter({ hasText: 'Notifications are blocked for SiteBeam in this browser.' }).waitFor();
    expect(await other.page.getByTestId('reminder-status').textContent()).toBe('The reminder is off on all your devices.');
    await other.context.close();
  });
});
