// Reads a chosen file in the import worker (a fresh one per file, ended after its answer), so the
// parser code is fetched only when someone imports and never blocks the page.
import type { Result } from '../../../shared/result';
import { MAX_IMPORT_BYTES } from './import-limits';
import type { Workbook, WorkbookFailure } from './read-workbook';

export function readImportFile(file: Blob): Promise<Result<Workbook, WorkbookFailure>> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.resolve({ ok: false, reason: 'too-large' });
  return file.arrayBuffer().then((buffer) => new Promise((resolve) => {
    const worker = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Result<Workbook, WorkbookFailure>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve({ ok: false, reason: 'broken-xlsx' });
    };
    worker.postMessage(buffer, [buffer]);
  }));
}
