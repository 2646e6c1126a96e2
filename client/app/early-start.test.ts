import { describe, expect, it } from 'vitest';
import type { FirstScreenAsker } from '../features/gantt/first-screen-prefetch';
import { startRouteEarly, type EarlyStartOptions } from './early-start';

const NOW = 1_780_000_000_000;
const SESSION = { token: 'key1.payload.mac', userId: 'user_0000000001', name: 'Li Wei', sessionId: 'session1', expiresAt: NOW + 60_000, workspaces: [] };
const GANTT = '#/w/workspace01/p/project0001/gantt';

function storageWith(entries: Record<string, string>): EarlyStartOptions['storage'] {
  return { getItem: (key) => entries[key] ?? null, setItem: () => undefined, removeItem: () => undefined };
}

function start(hash: string, storage: EarlyStartOptions['storage'], now = NOW): { loaded: number; asked: [string, FirstScreenAsker][] } {
  const seen = { loaded: 0, asked: [] as [string, FirstScreenAsker][] };
  startRouteEarly({
    hash, storage, now,
    loadGantt: () => {
      seen.loaded++;
      return Promise.resolve();
    },
    prefetch: (room, asker) => void seen.asked.push([room, asker]),
  });
  return seen;
}

describe('startRouteEarly', () => {
  it('on a Gantt route loads the page and asks for the project room’s first screen with the stored session', () => {
    const seen = start(GANTT, storageWith({ 'sitebeam.session': JSON.stringify(SESSION) }));
    expect(seen.loaded).toBe(1);
    expect(seen.asked).toHaveLength(1);
    expect(seen.asked[0]?.[0]).toBe('p.project0001');
    expect(seen.asked[0]?.[1]).toMatchObject({ token: SESSION.token, userId: SESSION.userId });
  });

  it('starts nothing on any other route', () => {
    const storage = storageWith({ 'sitebeam.session': JSON.stringify(SESSION) });
    for (const hash of ['', '#/w/workspace01', '#/w/workspace01/p/project0001', '#/w/workspace01/p/project0001/activity', '#/nowhere']) {
      expect(start(hash, storage)).toEqual({ loaded: 0, asked: [] });
    }
  });

  it('loads the page but asks nothing without a live session: none stored, expired, unreadable or no storage', () => {
    expect(start(GANTT, storageWith({}))).toEqual({ loaded: 1, asked: [] });
    expect(start(GANTT, storageWith({ 'sitebeam.session': JSON.stringify(SESSION) }), SESSION.expiresAt + 1)).toEqual({ loaded: 1, asked: [] });
    expect(start(GANTT, storageWith({ 'sitebeam.session': '{not json' }))).toEqual({ loaded: 1, asked: [] });
    expect(start(GANTT, null)).toEqual({ loaded: 1, asked: [] });
    const refusing: EarlyStartOptions['storage'] = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(start(GANTT, refusing)).toEqual({ loaded: 1, asked: [] });
  });

  it('leaves a page that fails to load to the route (no unhandled rejection: vitest fails the run on one)', async () => {
    expect(() => startRouteEarly({ hash: GANTT, storage: null, now: NOW, loadGantt: () => Promise.reject(new Error('offline')), prefetch: () => undefined })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
