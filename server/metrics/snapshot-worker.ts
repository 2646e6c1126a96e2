// The snapshot worker's thread (node:worker_threads): rebuilds a room from the relay's update log,
// opened read-only here, and computes its figures (snapshot-figures.ts), what a relay alert check
// needs (server/notify/alert-candidates.ts), a workspace's calendar settings (the snapshot job
// compares them to tell a calendar change) or the daily-work reads (server/daily-work/stored-daily-work.ts:
// a finance room's sign-off facts, a workspace room's check-in history judged), so neither the bytes nor the Yjs rebuild ever touch the
// relay's event loop. Rebuilt documents are kept a moment (room-doc-cache.ts), so a room's snapshot
// and the alert check after it share one rebuild. A store that can't be opened fails the worker at
// start; the pool (snapshot-worker-pool.ts) then computes on the relay's thread and tries again later.
import { parentPort, workerData } from 'node:worker_threads';
import { auditStoredCheckIns, readStoredSignOffFacts, type StoredRoomDocs } from '../daily-work/stored-daily-work';
import { openStoredHistoryReader, type StoredHistoryReader } from '../daily-work/stored-history-reader';
import { storedFirstScreen } from '../first-screen/stored-first-screen';
import { readAlertCandidates } from '../notify/alert-candidates';
import { makeRoomDocCache } from './room-doc-cache';
import { snapshotFigures, storedCalendarSettings } from './snapshot-figures';
import type { SnapshotReply, SnapshotRequest, SnapshotResult, SnapshotWorkerData, WorkerPriorityNotice } from './snapshot-worker-protocol';
import { openStoredRoomReader } from './stored-room-reader';
import { lowerCurrentThreadPriority } from './worker-priority';

const port = parentPort;
if (port === null) throw new Error('snapshot-worker.ts runs only as a worker thread');
const { storeFile, nice } = workerData as SnapshotWorkerData;
// first, so even the opening of the store and the first rebuild run at the lower priority
port.postMessage({ type: 'priority', outcome: lowerCurrentThreadPriority(nice) } satisfies WorkerPriorityNotice);
const stored = openStoredRoomReader(storeFile);
const reader = makeRoomDocCache(stored);
const dailyWorkDocs: StoredRoomDocs = { lastSeq: (room) => stored.lastSeq(room), readDoc: (room, read) => reader.readDoc(room, read) };
// opened on the first check-in audit: most workers never do one
let history: StoredHistoryReader | null = null;
/** Kept documents go once no request came for this long: the reads that share a rebuild come within a tick. */
const CACHE_IDLE_MS = 10_000;
let idleTimer: NodeJS.Timeout | null = null;

// one request at a time: the pool sends the next only after this one's answer
port.on('message', (request: SnapshotRequest) => {
  if (idleTimer !== null) clearTimeout(idleTimer);
  work(request).finally(() => {
    idleTimer = setTimeout(() => reader.clear(), CACHE_IDLE_MS);
    idleTimer.unref();
  }).then(
    (result) => port.postMessage({ id: request.id, ok: true, roomsRebuilt: reader.rebuilds(), ...result } satisfies SnapshotReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), roomsRebuilt: reader.rebuilds() } satisfies SnapshotReply),
  );
});
port.on('close', () => {
  reader.clear();
  stored.close();
  history?.close();
});

async function work(request: SnapshotRequest): Promise<SnapshotResult> {
  switch (request.kind) {
    case 'figures':
      return { kind: 'figures', figures: await snapshotFigures(reader, request.room, request.now, request.workspaceRoom) };
    case 'alerts':
      return { kind: 'alerts', candidates: await readAlertCandidates(reader, request.request) };
    case 'first-screen':
      return { kind: 'first-screen', screen: await storedFirstScreen(reader, request.room, request.workspaceRoom, request.now) };
    case 'calendar':
      return { kind: 'calendar', settings: await storedCalendarSettings(reader, request.room) };
    case 'sign-off-facts':
      return { kind: 'sign-off-facts', read: await readStoredSignOffFacts(dailyWorkDocs, request.room) };
    case 'check-in-audit': {
      history ??= openStoredHistoryReader(storeFile);
      const opened = history;
      return { kind: 'check-in-audit', audit: await auditStoredCheckIns(dailyWorkDocs, (room, after, limit) => opened.history(room, after, limit), request.room, request.afterSeq) };
    }
  }
}
