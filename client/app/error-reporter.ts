// Sends the app's failures to the relay (see error-report.ts for what a report holds): uncaught errors
// and unhandled rejections from the window, failed syncs from the caller. Only while signed in to a
// relay; reports made while signed out or unreachable wait in a small bounded queue.
import { describeError, makeReportGate, makeReportQueue, type ErrorReport, type ErrorReportKind } from './error-report';

export interface ErrorReporterOptions {
  /** The relay session's token, or null when not signed in (then nothing is sent). */
  readonly token: () => string | null;
  readonly now: () => number;
}

export interface ErrorReporter {
  report(kind: ErrorReportKind, reason: unknown): void;
  /** Removes the window listeners. */
  dispose(): void;
}

export function makeErrorReporter(options: ErrorReporterOptions): ErrorReporter {
  const gate = makeReportGate();
  const queue = makeReportQueue();
  let sending = false;

  const send = async (report: ErrorReport, token: string): Promise<boolean> => {
    try {
      const response = await fetch('/api/telemetry', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(report),
      });
      // Any answer, a refusal (401, 429, 400) too, is final for this report: retrying would only add load.
      return response.type !== 'error';
    } catch {
      return false;
    }
  };

  const flush = async (): Promise<void> => {
    if (sending) return;
    sending = true;
    try {
      for (const report of queue.drain()) {
        const token = options.token();
        if (token === null || !(await send(report, token))) {
          queue.push(report);
          break;
        }
      }
    } finally {
      sending = false;
    }
  };

  const report = (kind: ErrorReportKind, reason: unknown): void => {
    if (!gate.take(options.now())) return;
    queue.push({ kind, message: describeError(reason) });
    if (options.token() !== null && navigator.onLine) void flush();
  };

  const onError = (event: ErrorEvent) => report('uncaught-error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => report('unhandled-rejection', event.reason);
  const onOnline = () => void flush();
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('online', onOnline);
  return {
    report,
    dispose() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('online', onOnline);
    },
  };
}
