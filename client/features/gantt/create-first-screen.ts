// Keeps the Gantt's first screen on this device (first-screen.ts) for one project room: read once
// when the page opens before the device copy has loaded, written again a moment after the live
// schedule settles and after each change, in an idle moment so it never delays a frame.
import { createEffect, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { ScheduleResult } from '../../../shared/domain/schedule/schedule-types';
import { captureFirstScreen, readFirstScreen, type FirstScreen } from '../../../shared/domain/schedule/first-screen';
import type { OutlineRow } from '../../../shared/domain/schedule/outline-rows';
import { KEPT_FIRST_SCREEN_PREFIX as KEY_PREFIX } from './first-screen-prefetch';

/** Changes come in bursts (a drag, an import): write once they have paused this long. */
const WRITE_DELAY_MS = 2_000;
const IDLE_TIMEOUT_MS = 2_000;

/** The stored first screen of `room`, or null (none, unreadable, or no storage on this device). */
export function loadFirstScreen(room: string): FirstScreen | null {
  try {
    return readFirstScreen(globalThis.localStorage?.getItem(KEY_PREFIX + room) ?? null);
  } catch {
    // storage refused (private mode, blocked): open without it
    return null;
  }
}

export interface FirstScreenSource {
  readonly room: string;
  readonly doc: Y.Doc;
  /** False until the device copy has loaded: nothing is written from a half-loaded document. */
  readonly live: Accessor<boolean>;
  /** The outline as a page opens (nothing collapsed). */
  readonly openingRows: () => readonly OutlineRow[];
  readonly result: Accessor<ScheduleResult>;
  /** Changes to the document (the page's transaction count). */
  readonly version: Accessor<unknown>;
}

/** Must run inside a reactive owner. */
export function createFirstScreenWriter(source: FirstScreenSource): void {
  createEffect(() => {
    source.version();
    if (!source.live()) return;
    const timer = setTimeout(() => {
      const handle = requestIdle(() => save(source.room, captureFirstScreen(source.doc, source.openingRows(), source.result())));
      cancelIdle = handle;
    }, WRITE_DELAY_MS);
    let cancelIdle: (() => void) | null = null;
    onCleanup(() => {
      clearTimeout(timer);
      cancelIdle?.();
    });
  });
}

function save(room: string, entry: string | null): void {
  try {
    if (entry === null) globalThis.localStorage?.removeItem(KEY_PREFIX + room);
    else globalThis.localStorage?.setItem(KEY_PREFIX + room, entry);
  } catch {
    // full or refused storage: the next open simply waits for the whole document
  }
}

function requestIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
