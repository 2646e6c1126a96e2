// The Gantt's first screen from the relay on a fresh device: a teammate who joins on a new browser
// opens the schedule while the project room's websocket is held back (an init script wraps
// window.WebSocket so the project room connects only when released). The relay's first screen shows
// read-only with its status line; once released, the live schedule takes over with the same bars.
// The route's request, made with the token the app started with, is the one the page takes even when
// the session has been refreshed since; it and the Gantt's code are asked for by the small entry,
// before the app's own code has arrived (early-start.ts). Offline, nothing is asked of the relay.
import { beforeAll, describe, expect, it } from 'vitest';
import { createInvite, joinAs, type Person } from './browser';
import { TITLES, bar, barLabels, ganttPage, ownerOnLiveGantt } from './gantt-preview-fixture';
import { useRelayAndBrowser } from './lifecycle';

const RELAY_NOTE = 'Showing the first rows from the server';

/** Holds every websocket to a project room (`/sync/p.…`) until `window.__wsGate.release()`. */
const WEBSOCKET_GATE = `(() => {
  const Native = window.WebSocket;
  const gate = { released: false, held: [], release() { gate.released = true; for (const go of gate.held.splice(0)) go(); } };
  window.__wsGate = gate;
  const HANDLERS = ['onopen', 'onmessage', 'onclose', 'onerror'];
  function Held(url, protocols) {
    if (gate.released || !String(url).includes('/sync/p.')) return new Native(url, protocols);
    let socket = null;
    let closed = false;
    const props = { binaryType: 'blob', onopen: null, onmessage: null, onclose: null, onerror: null };
    for (const name of HANDLERS) Object.defineProperty(this, name, { get: () => props[name], set: (value) => { props[name] = value; if (socket) socket[name] = value; } });
    Object.defineProperty(this, 'binaryType', { get: () => props.binaryType, set: (value) => { props.binaryType = value; if (socket) socket.binaryType = value; } });
    Object.defineProperty(this, 'readyState', { get: () => (socket ? socket.readyState : closed ? 3 : 0) });
    Object.defineProperty(this, 'bufferedAmount', { get: () => (socket ? socket.bufferedAmount : 0) });
    Object.defineProperty(this, 'protocol', { get: () => (socket ? socket.protocol : '') });
    this.url = String(url);
    this.send = (data) => { if (socket === null) throw new DOMException('still connecting', 'InvalidStateError'); socket.send(data); };
    this.close = (code, reason) => {
      closed = true;
      if (socket) socket.close(code, reason);
      else setTimeout(() => props.onclose?.({ code: 1000, reason: '', wasClean: true }), 0);
    };
    gate.held.push(() => {
      if (closed) return;
      socket = new Native(url, protocols);
      socket.binaryType = props.binaryType;
      for (const name of HANDLERS) socket[name] = props[name];
    });
  }
  Object.assign(Held, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  Object.assign(Held.prototype, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = Held;
})()`;

describe('the Gantt on a fresh device, before the project has synced', () => {
  const e2e = useRelayAndBrowser();
  let owner: Person;
  let ganttHash: string;
  let liveLabels: (string | null)[];

  beforeAll(async () => {
    ({ owner, liveLabels } = await ownerOnLiveGantt(e2e.browser, e2e.relay));
    ganttHash = new URL(owner.page.url()).hash;
  });

  it('shows the relay’s first screen read-only, then the live schedule once the project has synced', async () => {
    const link = await createInvite(owner.page, 'Member');
    const teammate = await joinAs(e2e.browser, link, 'Bo Chen', { prepare: async (page) => void (await page.addInitScript(WEBSOCKET_GATE)) });
    const page = teammate.page;
    const asked: number[] = [];
    page.on('response', (response) => void (response.url().includes('/first-screen') && asked.push(response.status())));
    await page.evaluate((hash) => void (location.hash = hash), ganttHash);

    const preview = page.locator('main.gantt-page[data-preview="relay"]');
    await preview.waitFor();
    for (const title of TITLES) await bar(page, title).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    expect(await preview.getAttribute('aria-busy')).toBe('true');
    expect(await preview.getAttribute('data-live')).toBe('false');
    await page.getByRole('status').filter({ hasText: RELAY_NOTE }).waitFor();
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(asked).toEqual([200]);

    await page.evaluate(() => (window as unknown as { __wsGate: { release(): void } }).__wsGate.release());
    const live = ganttPage(page, true);
    await live.waitFor();
    expect(await live.getAttribute('aria-busy')).toBe('false');
    expect(await live.getAttribute('data-preview')).toBeNull();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await page.getByText(RELAY_NOTE).count()).toBe(0);
    expect(await barLabels(page)).toEqual(liveLabels);
    await teammate.context.close();
  });

  it('shows it too when the project was opened on the board first and has not synced yet', async () => {
    const link = await createInvite(owner.page, 'Member');
    const teammate = await joinAs(e2e.browser, link, 'Du Fang', { prepare: async (page) => void (await page.addInitScript(WEBSOCKET_GATE)) });
    const page = teammate.page;
    await page.evaluate((hash) => void (location.hash = hash), ganttHash.replace(/\/gantt$/, ''));
    await page.getByRole('link', { name: 'Gantt chart' }).click();

    await page.locator('main.gantt-page[data-preview="relay"]').waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    await page.evaluate(() => (window as unknown as { __wsGate: { release(): void } }).__wsGate.release());
    await ganttPage(page, true).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    await teammate.context.close();
  });

  it('asks once as the app starts, though the app’s code takes longer than 5 s and the session is refreshed before the page takes the answer', async () => {
    const link = await createInvite(owner.page, 'Member');
    const teammate = await joinAs(e2e.browser, link, 'Fan Hui', { blockServiceWorkers: true, prepare: async (page) => void (await page.addInitScript(WEBSOCKET_GATE)) });
    const page = teammate.page;
    // The app refreshes its session as it starts. Holding the Gantt's code until that refresh has
    // answered makes the page take the route's request only after the token has changed.
    let refreshed: () => void = () => {};
    const refreshAnswered = new Promise<void>((resolve) => (refreshed = resolve));
    page.on('response', (response) => void (response.url().endsWith('/api/session/refresh') && refreshed()));
    await page.route(/\/assets\/GanttPage-[^/]*\.js$/, async (route) => {
      await refreshAnswered;
      await route.continue();
    });
    // a slow link: the app's own code (app/start.tsx) arrives 6 s after the small entry asked, later
    // than a request nobody takes is kept (5 s); the entry's request must still be the one taken
    await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      await route.continue();
    });
    const asked: string[] = [];
    page.on('request', (request) => void (request.url().includes('/first-screen') && asked.push(request.headers().authorization ?? '')));
    // a new document (a goto that changes only the hash would stay in the running app)
    await page.goto('about:blank');
    await page.goto(new URL(ganttHash, e2e.relay.baseUrl).href);

    await page.locator('main.gantt-page[data-preview="relay"]').waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    const tokenNow: unknown = await page.evaluate(() => (JSON.parse(localStorage.getItem('sitebeam.session') ?? '{}') as { token?: unknown }).token);
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toBe(`Bearer ${String(tokenNow)}`);
    await teammate.context.close();
  });

  it('asks for the first screen and the Gantt’s code before the app’s own code has arrived, and draws an answer already there in the page’s first render', async () => {
    // one teammate for both checks: the relay limits how many people join from one address per minute
    const link = await createInvite(owner.page, 'Member');
    const teammate = await joinAs(e2e.browser, link, 'Gao Jun', { blockServiceWorkers: true, prepare: async (page) => void (await page.addInitScript(WEBSOCKET_GATE)) });
    const page = teammate.page;
    // what the Gantt page showed when it first appeared in the document
    await page.addInitScript(`(() => {
      const observer = new MutationObserver(() => {
        const main = document.querySelector('main.gantt-page');
        if (main === null) return;
        observer.disconnect();
        window.__firstGantt = { preview: main.dataset.preview ?? null, bars: document.querySelectorAll('.gantt-bar').length };
      });
      observer.observe(document, { childList: true, subtree: true });
    })()`);
    const ganttUrl = new URL(ganttHash, e2e.relay.baseUrl).href;

    // The app's chunk (app/start.tsx) is held until the page has asked for both, or for 5 s: asked
    // only by the app, they would come after it, and the test would see none before the release.
    let sawBoth: () => void = () => {};
    const both = new Promise<void>((resolve) => (sawBoth = resolve));
    const seen = new Set<string>();
    const onRequest = (request: { url(): string }): void => {
      if (request.url().includes('/first-screen')) seen.add('first screen');
      if (/\/assets\/GanttPage-[^/]*\.js$/.test(request.url())) seen.add('gantt code');
      if (seen.size === 2) sawBoth();
    };
    page.on('request', onRequest);
    let beforeApp: string[] = [];
    const appChunk = /\/assets\/start-[^/]*\.js$/;
    await page.route(appChunk, async (route) => {
      await Promise.race([both, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      beforeApp = [...seen].sort();
      await route.continue();
    });
    await page.goto('about:blank');
    await page.goto(ganttUrl);
    await page.locator('main.gantt-page[data-preview="relay"]').waitFor();
    expect(beforeApp).toEqual(['first screen', 'gantt code']);
    expect(await barLabels(page)).toEqual(liveLabels);
    await page.unroute(appChunk);
    page.off('request', onRequest);

    // Opened again (the project never synced: the websocket is held), with the Gantt's code held
    // until the relay has answered: the page's first render already holds the bars.
    let answered: () => void = () => {};
    const answer = new Promise<void>((resolve) => (answered = resolve));
    page.on('requestfinished', (request) => void (request.url().includes('/first-screen') && answered()));
    await page.route(/\/assets\/GanttPage-[^/]*\.js$/, async (route) => {
      await answer;
      await route.continue();
    });
    await page.goto('about:blank');
    await page.goto(ganttUrl);
    await page.locator('main.gantt-page[data-preview="relay"]').waitFor();
    const first: unknown = await page.evaluate('window.__firstGantt');
    expect(first).toEqual({ preview: 'relay', bars: TITLES.length });

    await page.evaluate(() => (window as unknown as { __wsGate: { release(): void } }).__wsGate.release());
    await ganttPage(page, true).waitFor();
    expect(await barLabels(page)).toEqual(liveLabels);
    await teammate.context.close();
  });

  it('asks the relay nothing while offline', async () => {
    const link = await createInvite(owner.page, 'Member');
    const teammate = await joinAs(e2e.browser, link, 'Cai Lin', { prepare: async (page) => void (await page.addInitScript(WEBSOCKET_GATE)) });
    const page = teammate.page;
    const asked: string[] = [];
    page.on('request', (request) => void (request.url().includes('/first-screen') && asked.push(request.url())));
    // the app shell, the Gantt's code included, comes from the service worker's precache when offline
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await teammate.context.setOffline(true);
    await page.evaluate((hash) => void (location.hash = hash), ganttHash);

    await page.getByRole('grid', { name: 'Tasks' }).waitFor();
    await ganttPage(page, true).waitFor();
    expect(await page.locator('main.gantt-page[data-preview]').count()).toBe(0);
    expect(await page.locator('.gantt-bar').count()).toBe(0);
    expect(asked).toEqual([]);
    await teammate.context.close();
  });
});
