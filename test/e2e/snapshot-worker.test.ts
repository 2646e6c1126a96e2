// Metrics snapshots are computed in a worker thread in both ways the relay process runs: the esbuild
// bundle `npm start` runs (build/server/main.mjs with build/server/snapshot-worker.mjs beside it) and
// the TypeScript source through tsx. A stock y-websocket client edits a project room; the relay's
// GET /metrics then counts the snapshot as computed by the worker, none on the relay's thread.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTask, initProject, readColumns } from '../../shared/schema';
import type { ColumnId } from '../../shared/ids';
import { waitFor } from '../relay/wait-for';
import { startRelayProcess, type RelayProcess } from './relay-process';

const ORIGIN = { name: 'snapshot-worker-e2e' };

function sample(text: string, name: string): number | null {
  const line = text.split('\n').find((row) => row.startsWith(`${name} `));
  return line === undefined ? null : Number(line.slice(name.length + 1));
}

async function scrapeUntil(baseUrl: string, done: (body: string) => boolean): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const body = await (await fetch(`${baseUrl}/metrics`)).text();
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`no snapshot within 30 s; GET /metrics said:\n${body}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('snapshots in the worker thread of a relay process', () => {
  let relay: RelayProcess | null = null;
  afterEach(async () => {
    await relay?.stop();
    relay = null;
  });

  for (const entry of ['bundle', 'source'] as const) {
    it(`computes a changed room's snapshot in the worker (${entry})`, async () => {
      // access control off: this is about where the figures are computed; access has its own tests
      relay = await startRelayProcess({ entry, env: { ACCESS_CONTROL: 'off' } });
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`${relay.baseUrl.replace('http', 'ws')}/sync`, `p.workerE2E${entry}01`, doc, {
        // `ws` implements the browser WebSocket API the provider uses, but its type is not the DOM's
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      try {
        await waitFor(() => provider.synced, 'client synced');
        initProject(doc, ['To do', 'Done'], ORIGIN);
        const [todo] = readColumns(doc).map((column) => column.id) as [ColumnId];
        addTask(doc, { columnId: todo, title: 'pour slab', createdBy: null, now: Date.now() }, ORIGIN);
        // the room is snapshotted once it has been quiet for 2 s (the job's own timer)
        const text = await scrapeUntil(relay.baseUrl, (body) => (sample(body, 'sitebeam_metrics_snapshots_total') ?? 0) >= 1);
        expect(sample(text, 'sitebeam_metrics_snapshot_computations_total{thread="worker"}')).toBeGreaterThanOrEqual(1);
        expect(sample(text, 'sitebeam_metrics_snapshot_computations_total{thread="main"}')).toBe(0);
        expect(sample(text, 'sitebeam_metrics_snapshots_skipped_total{reason="room-too-big-for-relay-thread"}')).toBe(0);
      } finally {
        provider.destroy();
      }
    });
  }
});
