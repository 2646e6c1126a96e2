// One relay call kept fresh for a view: it runs when its request changes (period, room) or on
// refresh(), answers that arrive after a newer request are ignored, and while a new answer is on its
// way the previous value stays on screen. Plain signals rather than createResource, so a refresh never
// suspends the page into a blank fallback.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ApiResult } from '../../access/access-api';

export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous: T | null }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: string; readonly code: number; readonly previous: T | null };

export interface Load<T> {
  readonly state: Accessor<LoadState<T>>;
  /** The newest value received, also while reloading or after a failed reload. */
  readonly value: Accessor<T | null>;
  refresh(): void;
}

/** `request` returns the call to make, or null when there is nothing to ask (signed out, no access). */
export function createLoad<T>(request: Accessor<(() => Promise<ApiResult<T>>) | null>): Load<T> {
  const [tick, setTick] = createSignal(0);
  const [state, setState] = createSignal<LoadState<T>>({ status: 'idle' });
  let latest = 0;
  let disposed = false;
  onCleanup(() => {
    disposed = true;
  });
  createEffect(() => {
    tick();
    const call = request();
    const mine = ++latest;
    if (call === null) {
      setState({ status: 'idle' });
      return;
    }
    setState((previous) => ({ status: 'loading', previous: valueOf(previous) }));
    void call().then((result) => {
      if (disposed || mine !== latest) return;
      setState((previous) => (result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error, code: result.status, previous: valueOf(previous) }));
    });
  });
  return { state, value: () => valueOf(state()), refresh: () => setTick((n) => n + 1) };
}

function valueOf<T>(state: LoadState<T>): T | null {
  switch (state.status) {
    case 'idle': return null;
    case 'loading': return state.previous;
    case 'ready': return state.value;
    case 'failed': return state.previous;
  }
}
