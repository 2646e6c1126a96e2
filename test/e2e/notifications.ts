// Reading what notifications a page has shown, without racing Chromium. getNotifications() reconciles
// the browser's notification store with what is on display; called while a showNotification() is still
// in flight, it can drop that notification from the store for good: seen in CI and under load, the app's
// showNotification() resolved and every later getNotifications() returned []. So the page's calls are
// counted (the real showNotification still runs and shows) and the list is read only once every call
// has settled; "nothing shown" is checked on the count of calls, which no timing can hide.
import type { Page } from 'playwright-core';

export interface ShownNotification {
  readonly title: string;
  readonly body: string;
  readonly tag: string;
  readonly url: unknown;
}

interface NotificationCalls {
  started: number;
  settled: number;
  readonly inFlight: Set<Promise<unknown>>;
}

const CALLS_KEY = '__e2eNotificationCalls';

/** Call before the page opens the app (OpenOptions.prepare); it holds across reloads. */
export async function countNotificationCalls(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const calls: NotificationCalls = { started: 0, settled: 0, inFlight: new Set() };
    Object.defineProperty(window, key, { value: calls });
    const show = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function showCounted(this: ServiceWorkerRegistration, title: string, options?: NotificationOptions): Promise<void> {
      calls.started += 1;
      const shown = show.call(this, title, options).finally(() => {
        calls.settled += 1;
        calls.inFlight.delete(shown);
      });
      calls.inFlight.add(shown);
      return shown;
    };
  }, CALLS_KEY);
}

/** How many notifications the page has asked to show since it was loaded, and how many of those calls have settled. */
export function notificationCalls(page: Page): Promise<{ started: number; settled: number }> {
  return page.evaluate((key) => {
    const calls = (window as unknown as Record<string, NotificationCalls | undefined>)[key];
    if (calls === undefined) throw new Error('countNotificationCalls was not set up for this page');
    return { started: calls.started, settled: calls.settled };
  }, CALLS_KEY);
}

/** The notifications on display for the page's service worker, read once no show is in flight. */
export function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(async (key) => {
    const calls = (window as unknown as Record<string, NotificationCalls | undefined>)[key];
    if (calls === undefined) throw new Error('countNotificationCalls was not set up for this page');
    await Promise.allSettled([...calls.inFlight]);
    const registration = await navigator.serviceWorker.ready;
    const list = await registration.getNotifications();
    return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url?: unknown } | null)?.url }));
  }, CALLS_KEY);
}

export async function closeNotifications(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const n of await (await navigator.serviceWorker.ready).getNotifications()) n.close();
  });
}
