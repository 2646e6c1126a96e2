// Where an alert check's documents are read: in the snapshot worker when the relay has one (its own
// SQLite store), else, and whenever the worker crashes, times out or fails, on the relay's thread, so
// an alert is never lost to the worker (snapshot-computer.ts does the same for snapshots). Counts both.
import type { Logger } from '../log';
import type { SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import type { DocStore } from '../store/doc-store';
import { readAlertCandidates, type AlertCandidates, type AlertCandidatesRequest } from './alert-candidates';

export interface AlertCandidatesReader {
  read(request: AlertCandidatesRequest): Promise<AlertCandidates>;
  /** Checks read in the worker and on the relay's thread so far. */
  computations(): { readonly worker: number; readonly main: number };
}

export interface AlertCandidatesReaderOptions {
  readonly docs: Pick<DocStore, 'load'>;
  readonly pool: Pick<SnapshotWorkerPool, 'alertCandidates'> | null;
  readonly logger: Logger;
}

export function createAlertCandidatesReader(options: AlertCandidatesReaderOptions): AlertCandidatesReader {
  let worker = 0;
  let main = 0;
  const onMain = async (request: AlertCandidatesRequest): Promise<AlertCandidates> => {
    const candidates = await readAlertCandidates(options.docs, request);
    main += 1;
    return candidates;
  };
  return {
    async read(request) {
      if (options.pool === null) return onMain(request);
      let candidates: AlertCandidates;
      try {
        candidates = await options.pool.alertCandidates(request);
      } catch (error) {
        options.logger.warn('alert check read on the relay thread instead of the worker', { room: request.room, error });
        return onMain(request);
      }
      worker += 1;
      return candidates;
    },
    computations: () => ({ worker, main }),
  };
}
