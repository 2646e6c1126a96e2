// One snapshot worker thread (snapshot-worker.ts) and a queue in front of it: on 2 cores one worker
// is enough, and one request in flight at a time keeps a timeout about that request alone. A crash,
// an exit or a timeout fails the request in flight (the caller computes it on the relay's thread
// instead, snapshot-computer.ts and server/notify/alert-candidates-reader.ts), drops the worker, and the next request starts a fresh one, after a
// wait that doubles while starts keep failing (1 s up to 5 min), so a broken worker costs little.
import { Worker } from 'node:worker_threads';
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { RoomName } from '../../shared/schema/room-name';
import type { CheckInAuditResult, StoredSignOffFacts } from '../daily-work/stored-daily-work';
import type { StoredFirstScreen } from '../first-screen/stored-first-screen';
import type { Logger } from '../log';
import type { AlertCandidates, AlertCandidatesRequest } from '../notify/alert-candidates';
import { isWorkerPriorityNotice } from './snapshot-worker-protocol';
import type { SnapshotReply, SnapshotRequest, SnapshotResult, SnapshotWork, SnapshotWorkerData, WorkerPriorityNotice } from './snapshot-worker-protocol';
import { DEFAULT_SNAPSHOT_WORKER_NICE, type ThreadPriorityOutcome } from './worker-priority';

export const SNAPSHOT_WORKER_TIMEOUT_MS = 30_000;
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 300_000;

export class SnapshotWorkerError extends Error {
  override name = 'SnapshotWorkerError';
}

export interface SnapshotWorkerPoolOptions {
  /** The relay's update log (`relay.sqlite`); the worker opens it read-only. */
  readonly storeFile: string;
  readonly logger: Logger;
  /** A snapshot taking longer fails over to the relay's thread; default SNAPSHOT_WORKER_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** First wait before starting a worker again after a failure (then doubling); default 1 s, tests 0. */
  readonly restartDelayMs?: number;
  /** Tests only: another worker script (plain .mjs), e.g. one that never answers. */
  readonly workerUrl?: URL;
  readonly now?: () => number;
  /** Told each time a worker crashes, exits or times out (after logging it), for sitebeam_errors_total. */
  readonly onWorkerFailed?: () => void;
  /** The worker thread's nice value on Linux (worker-priority.ts); default DEFAULT_SNAPSHOT_WORKER_NICE, 0: the relay's priority. */
  readonly workerNice?: number;
}

export interface SnapshotWorkerPool {
  /** The room's figures computed in the worker; rejects with SnapshotWorkerError if it can't. */
  compute(room: RoomName, now: number, workspaceRoom?: RoomName | null): Promise<ProjectFigures | null>;
  /** What a relay alert check needs from a room's documents, read in the worker; rejects as compute does. */
  alertCandidates(request: AlertCandidatesRequest): Promise<AlertCandidates>;
  /** The Gantt's first screen of a `p.` room as stored and what it was computed from (server/first-screen/); rejects as compute does. */
  firstScreen(room: RoomName, workspaceRoom: RoomName | null, now: number): Promise<StoredFirstScreen>;
  /** A `ws.` room's working calendar settings as stored, read in the worker; rejects as compute does. */
  calendarSettings(room: RoomName): Promise<CalendarSettings>;
  /** A finance room's labour sign-off facts read whole in the worker (server/daily-work/); rejects as compute does. */
  signOffFacts(room: RoomName): Promise<StoredSignOffFacts>;
  /** A workspace room's check-in writes stored after `afterSeq`, judged in the worker (server/daily-work/); rejects as compute does. */
  checkInAudit(room: RoomName, afterSeq: number): Promise<CheckInAuditResult>;
  /** The running worker's thread id, or null between workers. */
  threadId(): number | null;
  /** What the running worker reported about its CPU priority, or null before it did / between workers. */
  threadPriority(): ThreadPriorityOutcome | null;
  /** Workers started since the pool was made. */
  started(): number;
  /** Room documents the workers rebuilt from the store, as of their last replies (a read served from the worker's cache rebuilds none). */
  roomsRebuilt(): number;
  close(): Promise<void>;
}

interface Job {
  readonly request: SnapshotRequest;
  resolve(result: SnapshotResult): void;
  reject(error: Error): void;
}

// from source (tsx, vitest) this module's URL ends in .ts; in the bundle it is build/server/main.mjs,
// with the worker bundled beside it by `npm run build:server`
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function workerEntry(): { readonly url: URL; readonly entry?: string } {
  if (!FROM_SOURCE) return { url: new URL('./snapshot-worker.mjs', import.meta.url) };
  return { url: new URL('./snapshot-worker-source.mjs', import.meta.url), entry: new URL('./snapshot-worker.ts', import.meta.url).href };
}

export function createSnapshotWorkerPool(options: SnapshotWorkerPoolOptions): SnapshotWorkerPool {
  const { logger } = options;
  const timeoutMs = options.timeoutMs ?? SNAPSHOT_WORKER_TIMEOUT_MS;
  const firstDelayMs = options.restartDelayMs ?? FIRST_RESTART_DELAY_MS;
  const now = options.now ?? Date.now;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let inFlight: { readonly job: Job; readonly timer: NodeJS.Timeout } | null = null;
  let nextId = 1;
  let startedCount = 0;
  // rebuilds reported by workers already gone, and by the running one in its last reply
  let rebuiltBefore = 0;
  let rebuiltNow = 0;
  let failuresInRow = 0;
  let notBefore = 0;
  let closed = false;
  let priority: ThreadPriorityOutcome | null = null;
  // a worker that could not lower its priority says so at every start: the log says it once
  let priorityLogged = false;
  const notePriority = (notice: WorkerPriorityNotice): void => {
    priority = notice.outcome;
    const { outcome } = notice;
    if (priorityLogged || outcome.state === 'off') return;
    priorityLogged = true;
    if (outcome.state === 'lowered') logger.info('snapshot worker runs at a lower CPU priority', { threadId: outcome.threadId, nice: outcome.nice });
    else logger.warn('snapshot worker priority not lowered', { state: outcome.state, reason: outcome.reason });
  };

  const start = (): Worker => {
    const { url, entry } = options.workerUrl === undefined ? workerEntry() : { url: options.workerUrl, entry: undefined };
    const data: SnapshotWorkerData = { storeFile: options.storeFile, nice: options.workerNice ?? DEFAULT_SNAPSHOT_WORKER_NICE, ...(entry === undefined ? {} : { entry }) };
    const started = new Worker(url, { workerData: data });
    // never what keeps the process alive: the relay's server does that
    started.unref();
    priority = null;
    started.on('message', (reply: SnapshotReply | WorkerPriorityNotice) => {
      if (isWorkerPriorityNotice(reply)) {
        if (started === worker) notePriority(reply);
        return;
      }
      if (started !== worker || inFlight === null || reply.id !== inFlight.job.request.id) return;
      rebuiltNow = reply.roomsRebuilt ?? rebuiltNow;
      const { job, timer } = inFlight;
      clearTimeout(timer);
      inFlight = null;
      failuresInRow = 0;
      if (reply.ok) job.resolve(reply);
      else job.reject(new SnapshotWorkerError(`the snapshot worker could not compute ${job.request.room}: ${reply.error}`));
      pump();
    });
    started.on('error', (error) => fail(started, 'snapshot worker crashed', error));
    started.on('exit', (code) => fail(started, 'snapshot worker exited', new SnapshotWorkerError(`the snapshot worker exited with code ${code}`)));
    startedCount += 1;
    logger.info('snapshot worker started', { threadId: started.threadId });
    return started;
  };

  // the first of 'error'/'exit'/timeout for a worker drops it and fails its request; later ones are ignored
  const fail = (failed: Worker, msg: string, error: Error): void => {
    if (failed !== worker) return;
    worker = null;
    rebuiltBefore += rebuiltNow;
    rebuiltNow = 0;
    void failed.terminate();
    failuresInRow += 1;
    notBefore = now() + Math.min(firstDelayMs * 2 ** (failuresInRow - 1), MAX_RESTART_DELAY_MS);
    if (!closed) {
      logger.error(msg, { error, room: inFlight?.job.request.room, failuresInRow });
      options.onWorkerFailed?.();
    }
    const current = inFlight;
    inFlight = null;
    if (current) {
      clearTimeout(current.timer);
      current.job.reject(error instanceof SnapshotWorkerError ? error : new SnapshotWorkerError(`${msg}: ${error.message}`));
    }
    pump();
  };

  const pump = (): void => {
    if (inFlight !== null || closed) return;
    const job = queue.shift();
    if (job === undefined) return;
    if (worker === null) {
      if (now() < notBefore) {
        job.reject(new SnapshotWorkerError('the snapshot worker failed recently and is not started again yet'));
        pump();
        return;
      }
      worker = start();
    }
    const running = worker;
    const timer = setTimeout(() => fail(running, 'snapshot worker timed out', new SnapshotWorkerError(`no answer for ${job.request.room} within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
    inFlight = { job, timer };
    running.postMessage(job.request);
  };

  const run = (work: SnapshotWork): Promise<SnapshotResult> => {
    if (closed) return Promise.reject(new SnapshotWorkerError('the snapshot worker pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ request: { ...work, id: nextId++ }, resolve, reject });
      pump();
    });
  };
  const wrongAnswer = (work: SnapshotWork, result: SnapshotResult): SnapshotWorkerError =>
    new SnapshotWorkerError(`the snapshot worker answered ${result.kind} to a ${work.kind} request for ${work.room}`);

  return {
    async compute(room, at, workspaceRoom = null) {
      const work = { kind: 'figures', room, now: at, workspaceRoom } as const;
      const result = await run(work);
      if (result.kind !== 'figures') throw wrongAnswer(work, result);
      return result.figures;
    },
    async alertCandidates(request) {
      const work = { kind: 'alerts', room: request.room, request } as const;
      const result = await run(work);
      if (result.kind !== 'alerts') throw wrongAnswer(work, result);
      return result.candidates;
    },
    async firstScreen(room, workspaceRoom, at) {
      const work = { kind: 'first-screen', room, workspaceRoom, now: at } as const;
      const result = await run(work);
      if (result.kind !== 'first-screen') throw wrongAnswer(work, result);
      return result.screen;
    },
    async calendarSettings(room) {
      const work = { kind: 'calendar', room } as const;
      const result = await run(work);
      if (result.kind !== 'calendar') throw wrongAnswer(work, result);
      return result.settings;
    },
    async signOffFacts(room) {
      const work = { kind: 'sign-off-facts', room } as const;
      const result = await run(work);
      if (result.kind !== 'sign-off-facts') throw wrongAnswer(work, result);
      return result.read;
    },
    async checkInAudit(room, afterSeq) {
      const work = { kind: 'check-in-audit', room, afterSeq } as const;
      const result = await run(work);
      if (result.kind !== 'check-in-audit') throw wrongAnswer(work, result);
      return result.audit;
    },
    threadId: () => worker?.threadId ?? null,
    threadPriority: () => (worker === null ? null : priority),
    started: () => startedCount,
    roomsRebuilt: () => rebuiltBefore + rebuiltNow,
    async close() {
      closed = true;
      const stopping = worker;
      worker = null;
      const closedError = new SnapshotWorkerError('the snapshot worker pool is closed');
      if (inFlight) {
        clearTimeout(inFlight.timer);
        inFlight.job.reject(closedError);
        inFlight = null;
      }
      for (const job of queue.splice(0)) job.reject(closedError);
      if (stopping) await stopping.terminate();
    },
  };
}
