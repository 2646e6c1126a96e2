// The relay's first screen asked for as soon as the route names a Gantt (Shell.tsx), while the page's
// own code is still loading, so on a fresh device the answer is on its way before the page mounts; the
// page then takes that request instead of asking again (relay-first-screen.ts). The request belongs to
// the person who made it, not to the token: the session's token is often refreshed while the page
// loads, and the answer (what this person may see of the room) stays the same. Only the text is
// fetched here, so this module stays small in the first bundle; the page reads it.

/** The device keeps its own first screen under this prefix (create-first-screen.ts): then none is asked. */
export const KEPT_FIRST_SCREEN_PREFIX = 'sitebeam.ganttFirstScreen.';
/** A request the page has not taken by then is dropped. */
const UNCLAIMED_MS = 5_000;
/**
 * The small entry asks before the app's code has arrived (early-start.ts), which on a slow link can
 * take far longer than UNCLAIMED_MS: its request waits this long, until the running app asks for the
 * same room (Shell.tsx) and the usual wait starts. With 5 s, an answer there already was dropped on
 * such a link and asked for again, just where asking early helps most.
 */
export const EARLY_UNCLAIMED_MS = 60_000;

/** Who asks: the session's current token, and the person it signs in. */
export interface FirstScreenAsker {
  readonly token: string;
  readonly userId: string;
}

export interface FirstScreenRequest {
  /** The entry's text, or null on any failure (it is only a preview). */
  readonly text: Promise<string | null>;
  /** The same once it has arrived (undefined before), so a page that mounts after it can show it in its first render. */
  readonly received: () => string | null | undefined;
  readonly controller: AbortController;
}

const pending = new Map<string, FirstScreenRequest & { readonly userId: string; timer: ReturnType<typeof setTimeout> }>();

/** Asks the relay for `room`'s first screen. */
export function requestFirstScreen(room: string, token: string): FirstScreenRequest {
  const controller = new AbortController();
  let received: string | null | undefined;
  const text = fetch(`/api/rooms/${encodeURIComponent(room)}/first-screen`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store', signal: controller.signal })
    .then((response) => (response.status === 200 ? response.text() : null))
    .catch(() => null)
    .then((found) => (received = found));
  return { text, received: () => received, controller };
}

function keepsFirstScreen(room: string): boolean {
  try {
    return globalThis.localStorage?.getItem(KEPT_FIRST_SCREEN_PREFIX + room) != null;
  } catch {
    return false;
  }
}

/**
 * Starts the request for `room` unless the device keeps its own or it is offline; one already pending
 * for the same person is kept, and dropped if still not taken `unclaimedMs` from now.
 */
export function prefetchFirstScreen(room: string, asker: FirstScreenAsker, unclaimedMs = UNCLAIMED_MS): void {
  const found = pending.get(room);
  if (found !== undefined) {
    if (found.userId === asker.userId) {
      clearTimeout(found.timer);
      found.timer = dropLater(room, found.controller, unclaimedMs);
    }
    return;
  }
  if (!navigator.onLine || keepsFirstScreen(room)) return;
  const request = requestFirstScreen(room, asker.token);
  pending.set(room, { ...request, userId: asker.userId, timer: dropLater(room, request.controller, unclaimedMs) });
}

function dropLater(room: string, controller: AbortController, afterMs: number): ReturnType<typeof setTimeout> {
  return setTimeout(() => {
    pending.delete(room);
    controller.abort();
  }, afterMs);
}

/** The pending request for `room` made for `userId`, handed over once; null when there is none. */
export function takePrefetchedFirstScreen(room: string, userId: string): FirstScreenRequest | null {
  const found = pending.get(room);
  if (found === undefined) return null;
  pending.delete(room);
  clearTimeout(found.timer);
  if (found.userId !== userId) {
    found.controller.abort();
    return null;
  }
  return { text: found.text, received: found.received, controller: found.controller };
}
