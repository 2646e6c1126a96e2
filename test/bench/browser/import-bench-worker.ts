// The import worker as the browser import bench runs it: the app's own read-file.worker.ts, unchanged,
// with timing marks wrapped around it here (so the app's worker pays for none of them). After each
// answer the worker posts one more message, the marks for that request: when it arrived (epoch ms, to
// set against the page's clock), how long taking its data out of the message took (structured-clone
// deserialise), the work itself, and how long posting the answer took (serialise + hand-over). Once
// started and with the reader loaded it posts 'bench-ready'.
import '../../../client/features/import/read-file.worker';

export interface WorkerMarks {
  readonly kind: 'bench-marks';
  /** performance.timeOrigin + now() when the request's event ran (the page compares it with its own). */
  readonly receivedAt: number;
  readonly deserializeMs: number;
  readonly workMs: number;
  readonly serializeMs: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = scope.onmessage;
const post = scope.postMessage.bind(scope);
const now = (): number => performance.timeOrigin + performance.now();
let pending: { receivedAt: number; deserializeMs: number; workStart: number } | null = null;

scope.postMessage = (message, transfer = []) => {
  const posting = now();
  post(message, transfer);
  const posted = now();
  if (pending === null) return;
  const marks: WorkerMarks = { kind: 'bench-marks', receivedAt: pending.receivedAt, deserializeMs: pending.deserializeMs, workMs: posting - pending.workStart, serializeMs: posted - posting };
  pending = null;
  post(marks);
};

// the bench's sign that the worker has started and loaded the reader, as one started ahead has
void import('read-excel-file/web-worker').then(() => post({ kind: 'bench-ready' }));

scope.onmessage = (event) => {
  const receivedAt = now();
  // MessageEvent.data is deserialised on first access; the app's handler then reads the cached value
  void event.data;
  const workStart = now();
  pending = { receivedAt, deserializeMs: workStart - receivedAt, workStart };
  handle?.(event);
};
