// The Gantt's first screen kept on the device: opened again, the schedule shows from it, read-only,
// while the project's device copy is still loading (held back here by a gate on IndexedDB), and the
// live schedule takes over once it has loaded; a damaged entry is ignored (the relay's first screen
// shows instead).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Person } from './browser';
import { TITLES, bar, barLabels, ganttPage, ownerOnLiveGantt } from './gantt-preview-fixture';
import { useRelayAndBrowser } from './lifecycle';

const KEY_PREFIX = 'sitebeam.ganttFirstScreen.';

/**
 * Holds every open of a project room's IndexedDB database (names start with "p.") until
 * `window.__idbGate.release()`: the page then runs as on a phone whose device copy takes long to load.
 */
const IDB_GATE = `(() => {
  const open = IDBFactory.prototype.open;
  const gate = { held: [], released: false, release() { gate.released = true; for (const go of gate.held.splice(0)) go(); } };
  window.__idbGate = gate;
  IDBFactory.prototype.open = function (name, ...rest) {
    if (gate.released || !String(name).startsWith('p.')) return open.call(this, name, ...rest);
    const waiting = {};
    gate.held.push(() => {
      const request = open.call(indexedDB, name, ...rest);
      for (const handler of ['onupgradeneeded', 'onsuccess', 'onerror', 'onblocked']) if (waiting[handler]) request[handler] = waiting[handler];
    });
    return waiting;
  };
})()`;

async function releaseDeviceCopy(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __idbGate: { release(): void } }).__idbGate.release());
}

describe('the Gantt opened again on this device', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let liveLabels: (string | null)[];

  beforeAll(async () => {
    ({ owner, liveLabels } = await ownerOnLiveGantt(e2e.browser, e2e.relay));
  });

  it('shows the first screen kept on the device, read-only, before the device copy has loaded', async () => {
    const page = owner.page;
    // written a moment after the schedule settles
    await page.waitForFunction((prefix) => Object.keys(localStorage).some((key) => key.startsWith(prefix)), KEY_PREFIX);
    await page.addInitScript(IDB_GATE);
    await page.reload();

    const preview = ganttPage(page, false);
    await preview.waitFor();
    for (const title of TITLES) await bar(page, title).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    expect(await preview.getAttribute('aria-busy')).toBe('true');
    await page.getByRole('status').filter({ hasText: 'Showing the schedule as this device last saw it' }).waitFor();
    // nothing can be changed until the whole document is here
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

    await releaseDeviceCopy(page);
    const live = ganttPage(page, true);
    await live.waitFor();
    expect(await live.getAttribute('aria-busy')).toBe('false');
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await page.getByText('Showing the schedule as this device last saw it').count()).toBe(0);
    expect(await barLabels(page)).toEqual(liveLabels);
  });

  it('ignores a damaged entry: the relay’s first screen shows instead until the device copy has loaded', async () => {
    const page = owner.page;
    await page.evaluate((prefix) => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.setItem(key, '{"v":1,"update":"not base64"');
    }, KEY_PREFIX);
    await page.reload();
    // this device keeps no usable entry, so it asks the relay (test/e2e/gantt-relay-first-screen.test.ts)
    const preview = page.locator('main.gantt-page[data-preview="relay"]');
    await preview.waitFor();
    for (const title of TITLES) await bar(page, title).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    expect(await page.getByText('Showing the schedule as this device last saw it').count()).toBe(0);

    await releaseDeviceCopy(page);
    await ganttPage(page, true).waitFor();
    for (const title of TITLES) await bar(page, title).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
  });
});
