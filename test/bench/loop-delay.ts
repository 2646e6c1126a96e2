// The bench's side of loop-delay-probe.mjs: reset the relay thread's event-loop delay histogram when
// a measured window starts and read it when the window ends, over the relay child's IPC channel.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { withTimeout } from './timing';

export interface LoopDelay {
  /** Null before the histogram's first sample. */
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  readonly maxMs: number | null;
  readonly count: number;
}

export interface LoopDelayProbe {
  /** Empties the histogram; answers with what it held. */
  reset(): Promise<LoopDelay>;
  read(): Promise<LoopDelay>;
}

/** `node --import` arguments that load the probe into the relay's main thread. */
export const LOOP_DELAY_PROBE_ARGS: readonly string[] = ['--import', path.resolve('test/bench/loop-delay-probe.mjs')];

interface ProbeReply extends LoopDelay {
  readonly type: 'loop-delay';
  readonly id: number;
}

function isProbeReply(value: unknown): value is ProbeReply {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'loop-delay' && 'id' in value && typeof value.id === 'number';
}

/** Talks to a relay started with LOOP_DELAY_PROBE_ARGS and an 'ipc' stdio slot. */
export function connectLoopDelayProbe(child: ChildProcess): LoopDelayProbe {
  let nextId = 1;
  const ask = (op: 'reset' | 'read'): Promise<LoopDelay> => {
    const id = nextId++;
    const answer = new Promise<LoopDelay>((resolve) => {
      const onMessage = (message: unknown): void => {
        if (!isProbeReply(message) || message.id !== id) return;
        child.off('message', onMessage);
        resolve({ p50Ms: message.p50Ms, p99Ms: message.p99Ms, maxMs: message.maxMs, count: message.count });
      };
      child.on('message', onMessage);
    });
    child.send({ type: 'loop-delay', op, id });
    return withTimeout(answer, 5_000, `the relay's loop-delay probe (${op})`);
  };
  return { reset: () => ask('reset'), read: () => ask('read') };
}
