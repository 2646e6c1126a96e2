// Keeps one import worker started ahead of the file, so choosing a file doesn't wait for a worker to
// start and load the .xlsx reader (~30 ms on a quiet desktop, 140 ms and more on a busy one; a
// phone's is slower). One is started when the picker appears; once a file has taken it, the next
// is started when the person reaches for the picker again (prepare), not at once, so it never competes
// with the reading and planning of the file just chosen. Not reactive; dispose() ends the spare.
import type { Result } from '../../../shared/result';
import { openImportFile, startImportWorker, type OpenedFile } from './open-import-file';
import type { WorkbookFailure } from './read-workbook';

export interface ImportFileOpener {
  /** Starts the spare worker if there is none (the person is about to choose a file). */
  prepare(): void;
  open(file: Blob): Promise<Result<OpenedFile, WorkbookFailure>>;
  dispose(): void;
}

export function makeImportFileOpener(start: () => Worker = startImportWorker): ImportFileOpener {
  let spare: Worker | null = null;
  let disposed = false;
  const prepare = (): void => {
    if (spare !== null || disposed) return;
    const worker = start();
    // a spare that failed to start (its script could not load) is not handed a file: the next gets a new one
    worker.onerror = () => {
      worker.terminate();
      if (spare === worker) spare = null;
    };
    spare = worker;
  };
  prepare();
  return {
    prepare,
    open(file) {
      const worker = spare ?? start();
      spare = null;
      worker.onerror = null;
      return openImportFile(file, worker);
    },
    dispose() {
      disposed = true;
      spare?.terminate();
      spare = null;
    },
  };
}
