// What a cold open starts before the app's own code has loaded: main.tsx runs this first, from a
// small entry, while the app's bundle is still on its way. On a Gantt's route it asks the relay for
// the project's first screen (first-screen-prefetch.ts, which the page then takes over) and fetches
// the Gantt's code, so neither waits for the whole bundle to load and run before it even starts.
import { loadSession, type StoredSession } from '../access/stored-session';
import type { FirstScreenAsker } from '../features/gantt/first-screen-prefetch';
import { projectRoom } from '../../shared/schema/room-name';
import { parseRoute } from './routes';

export interface EarlyStartOptions {
  readonly hash: string;
  /** The device's storage, or null when the browser refuses it (private mode): then nothing is asked. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  readonly now: number;
  /** Starts loading the Gantt page's module (the route's lazy import then finds it loaded or on its way). */
  readonly loadGantt: () => Promise<unknown>;
  /** Asks the relay for a room's first screen (prefetchFirstScreen). */
  readonly prefetch: (room: string, asker: FirstScreenAsker) => void;
}

export function startRouteEarly(options: EarlyStartOptions): void {
  const route = parseRoute(options.hash);
  if (route.kind !== 'gantt') return;
  // a failure here shows again, and is handled, where the route loads the page
  options.loadGantt().catch(() => undefined);
  // the same session Shell.tsx asks with; a person not signed in gets no first screen from the relay
  const session = options.storage === null ? null : readSession(options.storage, options.now);
  if (session !== null) options.prefetch(projectRoom(route.projectId), session);
}

function readSession(storage: NonNullable<EarlyStartOptions['storage']>, now: number): StoredSession | null {
  try {
    return loadSession(storage, now);
  } catch {
    // storage that throws on read: the app reads its session later and asks then (Shell.tsx)
    return null;
  }
}
