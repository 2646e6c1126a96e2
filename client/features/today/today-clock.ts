// "Now" for the Today view, from one place: the wall clock (Date.now), re-read every half minute and
// whenever the page comes back into view, so an open Today view rolls over to the next day by itself.
// Nothing else in the feature calls Date.now, which is also what lets a browser test move the day
// with Playwright's clock (page.clock) without any hook in this code.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';

export const CLOCK_TICK_MS = 30_000;

/** Must run inside a reactive owner: its timer stops with the owner. */
export function createNow(): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const read = (): void => void setNow(Date.now());
  const timer = setInterval(read, CLOCK_TICK_MS);
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') read();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', read);
  onCleanup(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', read);
  });
  return now;
}

/** Minutes west of UTC at `now` on this device; the team's day is the device's day (one team, one zone). */
export function offsetAt(now: number): number {
  return new Date(now).getTimezoneOffset();
}

export function dayAt(now: number): IsoDay {
  return localIsoDay(now, offsetAt(now));
}
