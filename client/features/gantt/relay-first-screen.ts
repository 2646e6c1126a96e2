// The relay's first screen of a project room (GET /api/rooms/:room/first-screen, server/first-screen/)
// for a device that keeps none yet: asked once as the Gantt opens, read with the same reader as the
// device's own entry. It is only a preview, so any failure (offline, refused, slow, damaged) simply
// means none, and an answer that comes after the live schedule is dropped.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { readFirstScreen, type FirstScreen } from '../../../shared/domain/schedule/first-screen';

/** After this the live document is about as near as the preview: stop waiting for it. */
export const RELAY_FIRST_SCREEN_TIMEOUT_MS = 3_000;

/** The relay's answer, read; null on any failure. */
export async function fetchFirstScreen(room: string, token: string, signal: AbortSignal): Promise<FirstScreen | null> {
  try {
    const response = await fetch(`/api/rooms/${encodeURIComponent(room)}/first-screen`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store', signal });
    if (response.status !== 200) return null;
    return readFirstScreen(await response.text());
  } catch {
    return null;
  }
}

/**
 * Asks the relay for `room`'s first screen unless the device is offline or has no session (then no
 * room syncs either); null until it answers, and for good once `done` turns true first. Must run
 * inside a reactive owner, which destroys the answer's document.
 */
export function createRelayFirstScreen(room: string, token: string | null, done: Accessor<boolean>): Accessor<FirstScreen | null> {
  const [screen, setScreen] = createSignal<FirstScreen | null>(null);
  if (token === null || !navigator.onLine || done()) return screen;
  const controller = new AbortController();
  let settled = false;
  const settle = (): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    controller.abort();
  };
  const timer = setTimeout(settle, RELAY_FIRST_SCREEN_TIMEOUT_MS);
  createEffect(() => {
    if (done()) settle();
  });
  onCleanup(() => {
    settle();
    screen()?.doc.destroy();
  });
  void fetchFirstScreen(room, token, controller.signal).then((found) => {
    if (settled || found === null) {
      found?.doc.destroy();
      return;
    }
    settled = true;
    clearTimeout(timer);
    setScreen(found);
  });
  return screen;
}
