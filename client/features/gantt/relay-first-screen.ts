// The relay's first screen of a project room (GET /api/rooms/:room/first-screen, server/first-screen/)
// for a device that keeps none yet: asked once as the Gantt's route opens (first-screen-prefetch.ts), read with the same reader as the
// device's own entry. It is only a preview, so any failure (offline, refused, slow, damaged) simply
// means none, and an answer that comes after the live schedule is dropped.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { readFirstScreen, type FirstScreen } from '../../../shared/domain/schedule/first-screen';
import { requestFirstScreen, takePrefetchedFirstScreen, type FirstScreenAsker } from './first-screen-prefetch';

/** After this the live document is about as near as the preview: stop waiting for it. */
export const RELAY_FIRST_SCREEN_TIMEOUT_MS = 3_000;

/** The relay's answer, read; null on any failure. */
async function readAnswer(text: Promise<string | null>): Promise<FirstScreen | null> {
  return readNow(await text);
}

function readNow(text: string | null): FirstScreen | null {
  try {
    return readFirstScreen(text);
  } catch {
    return null;
  }
}

/**
 * Asks the relay for `room`'s first screen unless the device is offline or has no session (then no
 * room syncs either); null until it answers, and for good once `done` turns true first. Must run
 * inside a reactive owner, which destroys the answer's document.
 */
export function createRelayFirstScreen(room: string, asker: FirstScreenAsker | null, done: Accessor<boolean>): Accessor<FirstScreen | null> {
  const [screen, setScreen] = createSignal<FirstScreen | null>(null);
  if (asker === null || !navigator.onLine || done()) {
    // the live document is already here (or can't come): a request the route started isn't needed
    if (asker !== null) takePrefetchedFirstScreen(room, asker.userId)?.controller.abort();
    return screen;
  }
  // the request the route started while this page's code loaded (even if the token has been
  // refreshed since), or a new one
  const request = takePrefetchedFirstScreen(room, asker.userId) ?? requestFirstScreen(room, asker.token);
  let settled = false;
  const settle = (): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    request.controller.abort();
  };
  const show = (found: FirstScreen | null): void => {
    if (settled || found === null) {
      found?.doc.destroy();
      return;
    }
    settled = true;
    clearTimeout(timer);
    setScreen(found);
  };
  const timer = setTimeout(settle, RELAY_FIRST_SCREEN_TIMEOUT_MS);
  createEffect(() => {
    if (done()) settle();
  });
  onCleanup(() => {
    settle();
    screen()?.doc.destroy();
  });
  // an answer already here (asked as the app started, early-start.ts) shows in the page's first
  // render, so the page is not laid out once empty and again with the bars
  const arrived = request.received();
  if (arrived !== undefined) show(readNow(arrived));
  else void readAnswer(request.text).then(show);
  return screen;
}
