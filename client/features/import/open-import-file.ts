// Opens a chosen file in its own import worker (started per file, ended by close() or a failed read),
// so the parser code is fetched only when someone imports and neither reading nor planning blocks the
// page: the worker answers the workbook, keeps it, and parses and plans schedule sheets on request.
import { fail, ok, type Result } from '../../../shared/result';
import type { ScheduleAnalysis, ScheduleRequest } from './analyse-schedule';
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

export function openImportFile(file: Blob): Promise<Result<OpenedFile, WorkbookFailure>> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.resolve(fail('too-large'));
  return file.arrayBuffer().then((buffer) => new Promise((resolve) => {
    const worker = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' });
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
      pending.get(answer.id)?.(answer.result);
      pending.delete(answer.id);
    };
    worker.onerror = () => {
      if (!opened) resolve(fail('broken-xlsx'));
      close();
    };
    post({ kind: 'read', bytes: buffer }, [buffer]);
  }));
}
