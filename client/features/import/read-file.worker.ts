// The import worker: reading and unzipping a workbook, then parsing and planning a 10,000-row schedule,
// take about a second on a laptop and more on a phone, so they happen here, off the main thread, and
// the page stays responsive; the page only writes the plan it gets back. The workbook read stays here
// for the plans asked of it (another header row, mapping or day order, a teammate's edit).
import { fail, ok } from '../../../shared/result';
import { makeScheduleAnalyser } from './analyse-schedule';
import { encodeAnalysis } from './analysis-transfer';
import type { ImportWorkerAnswer, ImportWorkerRequest } from './import-worker-protocol';
import { readWorkbook, type Workbook } from './read-workbook';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerAnswer): void;
}

// The app compiles against the DOM library, whose `self` is a Window; inside a worker it is this scope.
const scope = globalThis as unknown as WorkerScope;
let workbook: Workbook | null = null;
const analyse = makeScheduleAnalyser();
// The .xlsx reader is loaded as the worker starts, so a worker started before the file is chosen
// has it ready; readWorkbook's own import then resolves at once (and reports a failure to load it).
void import('read-excel-file/web-worker').catch(() => undefined);

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.kind) {
    case 'read':
      void readWorkbook(new Uint8Array(message.bytes)).then(
        (result) => {
          workbook = result.ok ? result.value : null;
          scope.postMessage({ kind: 'read', result });
        },
        () => scope.postMessage({ kind: 'read', result: fail('broken-xlsx') }),
      );
      return;
    case 'plan': {
      const sheet = workbook?.sheets[message.request.sheetIndex]?.rows;
      if (sheet === undefined) return scope.postMessage({ kind: 'plan', id: message.id, result: fail('no-workbook') });
      try {
        const analysis = analyse(sheet, message.request);
        scope.postMessage({ kind: 'plan', id: message.id, result: analysis === null ? fail('no-project') : ok(encodeAnalysis(analysis)) });
      } catch {
        // a bug in a parser must not leave the page waiting: it says the preview failed
        scope.postMessage({ kind: 'plan', id: message.id, result: fail('plan-failed') });
      }
      return;
    }
  }
};
