// The snapshot worker's thread runs at a lower CPU priority than the relay's own thread on Linux, so
// on a busy machine (2 cores shared with the clients' work) a rebuild in the worker gives way to the
// sockets instead of taking turns with them. Linux gives every thread its own nice value: the thread
// id is the last part of /proc/thread-self ("<pid>/task/<tid>"), and setpriority(2) on a thread id
// (os.setPriority) renices that thread alone. Elsewhere (no /proc/thread-self) nothing changes: the
// worker runs as before and the outcome says why, for the pool to log once.
import { existsSync, readlinkSync } from 'node:fs';
import os from 'node:os';

/** 10: half-way down the range a process may lower itself to without privileges (0 … 19). */
export const DEFAULT_SNAPSHOT_WORKER_NICE = 10;
export const MAX_NICE = 19;

export type ThreadPriorityOutcome =
  | { readonly state: 'lowered'; readonly threadId: number; readonly nice: number }
  /** nice 0 asked for: the worker keeps the relay's priority. */
  | { readonly state: 'off' }
  | { readonly state: 'unsupported'; readonly reason: string }
  | { readonly state: 'failed'; readonly threadId: number; readonly reason: string };

const THREAD_SELF = '/proc/thread-self';

/** This thread's kernel thread id, or null where /proc/thread-self is missing (not Linux). */
export function currentThreadId(): number | null {
  if (!existsSync(THREAD_SELF)) return null;
  const tid = Number(readlinkSync(THREAD_SELF).split('/').at(-1));
  return Number.isSafeInteger(tid) && tid > 0 ? tid : null;
}

/** Renices the calling thread only (never the process) to at least `nice`; never throws. */
export function lowerCurrentThreadPriority(nice: number): ThreadPriorityOutcome {
  if (nice === 0) return { state: 'off' };
  let threadId: number | null;
  try {
    threadId = currentThreadId();
  } catch (error) {
    return { state: 'unsupported', reason: `${THREAD_SELF} unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (threadId === null) return { state: 'unsupported', reason: `no ${THREAD_SELF} (per-thread priority is Linux only)` };
  try {
    // a nice value is absolute: a relay already started lower (nice 15) leaves its worker at least as
    // low, never raised to `nice` (refused without privileges, and above the relay with them)
    const inherited = os.getPriority(threadId);
    if (inherited >= nice) return { state: 'lowered', threadId, nice: inherited };
    os.setPriority(threadId, nice);
    return { state: 'lowered', threadId, nice: os.getPriority(threadId) };
  } catch (error) {
    return { state: 'failed', threadId, reason: error instanceof Error ? error.message : String(error) };
  }
}
