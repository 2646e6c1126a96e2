// Opens a chosen file in its own import worker (one per file, ended by close() or a failed read), so
// the parser code is fetched only when someone imports and neither reading nor planning blocks the
// page: the worker answers the workbook, keeps it, and parses and plans schedule sheets on request.
// The worker can be started before the file is chosen (import-file-opener.ts keeps one ready).
import { fail, ok, type Result } from '../../../shared/result';
import type { ScheduleAnalysis, ScheduleRequest } from './analyse-schedule';
import { decodeAnalysis } from './analysis-transfer';
import { MAX_IMPORT_BYTES } from './import-limits';
import type { ImportWorkerAnswer, ImportWorkerRequest, PlanFailure } from './import-worker-protocol';
import type { Workbook, WorkbookFailure } from './read-workbook';

export interface OpenedFile {
  readonly workbook: Workbook;
  /** A schedule sheet of the file parsed and planned in the worker. */
  planSchedule(request: ScheduleRequest): Promise<Result<ScheduleAnalysis, PlanFailure>>;
  /** Ends the worker; plans still pending answer 'plan-failed'. */
  close(): void;
}

/** A new import worker; it loads the .xlsx reader as it starts, so a worker started early has it ready. */
export function startImportWorker(): Worker {
  return new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' });
}

/** Reads the file in `worker` (a fresh one unless given), which then belongs to the opened file. */
export function openImportFile(file: Blob, worker: Worker = startImportWorker()): Promise<Result<OpenedFile, WorkbookFailure>> {
  if (file.size > MAX_IMPORT_BYTES) {
    worker.terminate();
    return Promise.resolve(fail('too-large'));
  }
  return file.arrayBuffer().then((buffer) => new Promise((resolve) => {
    const pending = new Map<number, (result: Result<ScheduleAnalysis, PlanFailure>) => void>();
    let nextId = 1;
    let opened = false;
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      worker.terminate();
      for (const answer of pending.values()) answer(fail('plan-failed'));
      pending.clear();
    };
    const post = (message: ImportWorkerRequest, transfer: Transferable[] = []): void => worker.postMessage(message, transfer);
    const planSchedule = (request: ScheduleRequest): Promise<Result<ScheduleAnalysis, PlanFailure>> => {
      if (closed) return Promise.resolve(fail('plan-failed'));
      const id = nextId++;
      return new Promise((answer) => {
        pending.set(id, answer);
        post({ kind: 'plan', id, request });
      });
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'read') {
        if (!answer.result.ok) {
          close();
          resolve(answer.result);
          return;
        }
        opened = true;
        resolve(ok({ workbook: answer.result.value, planSchedule, close }));
        return;
      }
      const result = answer.result;
      pending.get(answer.id)?.(result.ok ? ok(decodeAnalysis(result.value)) : result);
      pending.delete(answer.id);
    };
    worker.onerror = () => {
      if (!opened) resolve(fail('broken-xlsx'));
      close();
    };
    post({ kind: 'read', bytes: buffer }, [buffer]);
  }));
}
