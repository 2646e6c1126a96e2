// How long a piece of work blocks the relay's thread: while it runs, a relay started in this process
// answers GET /healthz to a client polling every 5 ms (one request at a time, each timed from when it
// was due), and an event-loop delay histogram (1 ms resolution) runs beside it. A request due during a
// block is answered after it, so the slowest /healthz answer is about the longest block. Used by points-facts.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startRelay } from '../../server/start-relay';

export interface Probed<T> {
  readonly result: T;
  /** The slowest /healthz answer while the work ran (ms). */
  readonly healthzMaxMs: number;
  /** The longest event-loop delay seen while the work ran (ms). */
  readonly loopDelayMaxMs: number;
}

export interface RelayThreadProbe {
  probe<T>(work: () => Promise<T>): Promise<Probed<T>>;
  close(): Promise<void>;
}

const POLL_EVERY_MS = 5;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startRelayThreadProbe(): Promise<RelayThreadProbe> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relay-thread-probe-'));
  const relay = await startRelay({ dataDir, metrics: { snapshots: false }, robots: { autoTick: false } });
  const url = `http://127.0.0.1:${relay.port}/healthz`;
  return {
    async probe(work) {
      let stop = false;
      let healthzMaxMs = 0;
      const polling = (async () => {
        // each request timed from when it was due, so a block that delays sending it counts too; one
        // more request after `stop`, so a block during the last wait counts as well
        let due = performance.now();
        for (;;) {
          const answer = await fetch(url);
          await answer.arrayBuffer();
          healthzMaxMs = Math.max(healthzMaxMs, performance.now() - due);
          if (stop) return;
          due = performance.now() + POLL_EVERY_MS;
          await sleep(POLL_EVERY_MS);
        }
      })();
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      // the poller runs before the work starts
      await sleep(4 * POLL_EVERY_MS);
      try {
        const result = await work();
        // a block at the work's end is seen by the delay histogram's timer and the poller a turn later
        await sleep(4 * POLL_EVERY_MS);
        stop = true;
        await polling;
        return { result, healthzMaxMs, loopDelayMaxMs: delay.max / 1e6 };
      } finally {
        delay.disable();
        stop = true;
        await polling;
      }
    },
    async close() {
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
