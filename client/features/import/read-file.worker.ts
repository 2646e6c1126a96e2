// The import worker: reading and unzipping a workbook can take a second on a phone, so it happens
// here, off the main thread, and the page stays responsive. One request, one answer.
import { readWorkbook } from './read-workbook';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
}

// The app compiles against the DOM library, whose `self` is a Window; inside a worker it is this scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void readWorkbook(new Uint8Array(event.data)).then(
    (result) => scope.postMessage(result),
    () => scope.postMessage({ ok: false, reason: 'broken-xlsx' }),
  );
};
