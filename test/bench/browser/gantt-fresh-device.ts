// The Gantt on a fresh device: a signed-in browser profile that holds nothing of the project opens a
// big schedule the relay holds. The first bars paint from the relay's first screen
// (GET /api/rooms/:room/first-screen, server/first-screen/) while the whole document syncs; the live
// schedule follows once it has. The relay is the shipped bundle (its snapshot worker computes the entry
// for a big room), claimed like a team's, and the seeded rooms are written to it by a stock
// y-websocket client before the browser opens.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { projectRoom, workspaceRoom } from '../../../shared/schema/room-name';
import { registerRooms } from '../bench-access';
import { FIRST_BAR_PROBE, readRenderMarks, type PaintSource } from './gantt-bench';
import { loadAverage1m } from './machine';
import type { SeededProject } from './seed-docs';
import { round } from './stats';

export interface FreshDeviceRun {
  readonly loadAverage1m: number;
  /** Navigation start → the first frame with bars painted, and what painted them. */
  readonly firstRenderMs: number;
  readonly firstSource: PaintSource;
  /** Navigation start → the page asked the relay for the first screen (null: not asked). */
  readonly relayAskedMs: number | null;
  /** Navigation start → the relay's first-screen answer fully received (null: not asked). */
  readonly relayAnswerMs: number | null;
  readonly relayAnswerStatus: number | null;
  /** Navigation start → the first painted frame of the live schedule. */
  readonly liveRenderMs: number;
}

export interface SignedInRelay {
  readonly baseUrl: string;
  readonly token: string;
  readonly session: string;
  /** The first ask of the room's first screen, from Node: the relay computes it (the worker rebuilds the room); later asks find it kept. */
  readonly firstAskMs: number;
  readonly firstAskComputedIn: string | null;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Claims a fresh relay and writes the seeded rooms into it; the session is what a device stores. */
export async function seedRelay(baseUrl: string, claimSecret: string, seed: SeededProject, timeoutMs: number): Promise<SignedInRelay> {
  const claimed = await postJson(`${baseUrl}/api/claim`, { secret: claimSecret, name: seed.me.name, device: 'bench', userId: seed.me.id });
  const token = String(claimed.token);
  const user = claimed.user as { id: string; name: string };
  const session = claimed.session as { id: string; expiresAt: number };
  await postJson(`${baseUrl}/api/workspaces`, { workspaceId: 'benchWorkspace' }, token);
  await registerRooms(baseUrl, token, [workspaceRoom(seed.workspaceId), projectRoom(seed.projectId)]);
  for (const [room, update] of [[workspaceRoom(seed.workspaceId), seed.workspaceUpdate], [projectRoom(seed.projectId), seed.projectUpdate]] as const) {
    await writeRoom(baseUrl, token, room, update, timeoutMs);
  }
  const stored = { token, userId: user.id, name: user.name, sessionId: session.id, expiresAt: session.expiresAt, workspaces: [] };
  const asked = performance.now();
  const first = await fetch(`${baseUrl}/api/rooms/${projectRoom(seed.projectId)}/first-screen`, { headers: { authorization: `Bearer ${token}` } });
  await first.text();
  const firstAskMs = round(performance.now() - asked);
  if (first.status !== 200) throw new Error(`the relay answered ${first.status} for the seeded room's first screen`);
  return { baseUrl, token, session: JSON.stringify(stored), firstAskMs, firstAskComputedIn: first.headers.get('first-screen') };
}

/** A new browser profile signed in to `relay` that holds nothing of the project, with the first-bar probe installed. */
export async function openFreshDevice(browser: Browser, relay: SignedInRelay, seed: SeededProject): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[gantt fresh] page error:', error));
  await page.addInitScript(`(() => {
    if (localStorage.getItem('sitebeam.session') !== null) return;
    localStorage.setItem('sitebeam.session', ${JSON.stringify(relay.session)});
    localStorage.setItem('sitebeam.identity', ${JSON.stringify(JSON.stringify(seed.me))});
    localStorage.setItem('sitebeam.workspace', ${JSON.stringify(seed.workspaceId)});
  })()`);
  await page.addInitScript(FIRST_BAR_PROBE);
  return { context, page };
}

/** The Gantt's address of the seeded project on `relay`. */
export function ganttUrl(relay: SignedInRelay, seed: SeededProject): string {
  return `${relay.baseUrl}/#/w/${seed.workspaceId}/p/${seed.projectId}/gantt`;
}

export async function measureFreshDevice(browser: Browser, relay: SignedInRelay, seed: SeededProject, timeoutMs: number): Promise<FreshDeviceRun> {
  const { context, page } = await openFreshDevice(browser, relay, seed);
  try {
    const loadAverage = loadAverage1m();
    await page.goto(ganttUrl(relay, seed), { waitUntil: 'commit' });
    const marks = await readRenderMarks(page, timeoutMs);
    const relayAnswer = await readRelayAnswer(page);
    return {
      loadAverage1m: loadAverage,
      firstRenderMs: round(marks.firstRenderMs), firstSource: marks.firstSource,
      relayAskedMs: relayAnswer === null ? null : round(relayAnswer.start), relayAnswerMs: relayAnswer === null ? null : round(relayAnswer.end), relayAnswerStatus: relayAnswer?.status ?? null,
      liveRenderMs: round(marks.liveRenderMs),
    };
  } finally {
    await context.close();
  }
}

/** The page's resource timing of its first-screen request, or null when it made none. */
export async function readRelayAnswer(page: Page): Promise<{ start: number; end: number; status: number | null } | null> {
  const answer: unknown = await page.evaluate(`(() => {
    const entry = performance.getEntriesByType('resource').find((item) => item.name.includes('/first-screen'));
    return entry === undefined ? null : { start: entry.startTime, end: entry.responseEnd, status: entry.responseStatus ?? null };
  })()`);
  return isAnswer(answer) ? answer : null;
}

async function writeRoom(baseUrl: string, token: string, room: string, update: Uint8Array, timeoutMs: number): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, room, doc, {
    // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    await until(() => provider.synced, deadline, `${room} synced`);
  } finally {
    provider.destroy();
  }
  // stored once a second client syncs the whole of it back
  const copy = new Y.Doc();
  const reader = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, room, copy, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const size = (of: Y.Doc): number => of.getMap('tasks').size + of.getMap('projects').size;
  try {
    await until(() => reader.synced && size(copy) === size(doc), deadline, `${room} stored by the relay`);
  } finally {
    reader.destroy();
    copy.destroy();
    doc.destroy();
  }
}

async function until(condition: () => boolean, deadline: number, what: string): Promise<void> {
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function postJson(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

function isAnswer(value: unknown): value is { start: number; end: number; status: number | null } {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number';
}
