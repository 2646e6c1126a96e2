// What the app tells the relay about its own failures (POST /api/telemetry): the kind and a short
// description (error name + first line of its message, truncated), never document content. Reports are
// rate-limited here too (a token bucket), and the few made while no relay can be reached wait in a small
// bounded queue; beyond it they are dropped, so an offline device never piles them up.

export const ERROR_REPORT_KINDS = ['uncaught-error', 'unhandled-rejection', 'sync-failed'] as const;
export type ErrorReportKind = (typeof ERROR_REPORT_KINDS)[number];

export interface ErrorReport {
  readonly kind: ErrorReportKind;
  readonly message: string;
}

/** Well under the relay's 300-character cap: a first line is enough to group failures. */
export const MAX_REPORT_MESSAGE = 120;
export const REPORT_BURST = 5;
/** One report per 10 s after the burst: slower than the relay's bucket (one per 6 s), so we never hit 429. */
export const REPORT_INTERVAL_MS = 10_000;
export const MAX_QUEUED_REPORTS = 5;

/** Error name and the first line of its message, truncated; anything else becomes its type name only. */
export function describeError(reason: unknown): string {
  if (reason instanceof Error) return truncate(`${reason.name}: ${firstLine(reason.message)}`);
  if (typeof reason === 'string') return truncate(firstLine(reason));
  return reason === null ? 'null' : typeof reason;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]?.trim() ?? '';
}

function truncate(text: string): string {
  return text.length <= MAX_REPORT_MESSAGE ? text : `${text.slice(0, MAX_REPORT_MESSAGE - 1)}…`;
}

export interface ReportGate {
  /** True when a report may go out now (takes a token). */
  take(now: number): boolean;
}

/** A token bucket over a caller-supplied clock: `burst` reports at once, then one per `intervalMs`. */
export function makeReportGate(burst: number = REPORT_BURST, intervalMs: number = REPORT_INTERVAL_MS): ReportGate {
  let tokens = burst;
  let last: number | null = null;
  return {
    take(now) {
      if (last !== null) tokens = Math.min(burst, tokens + Math.max(0, now - last) / intervalMs);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

export interface ReportQueue {
  /** Keeps the report unless the queue is full; false when it was dropped. */
  push(report: ErrorReport): boolean;
  /** Takes every queued report, oldest first. */
  drain(): ErrorReport[];
  readonly size: () => number;
}

/** Oldest reports are kept: the first failure explains the later ones better than the reverse. */
export function makeReportQueue(capacity: number = MAX_QUEUED_REPORTS): ReportQueue {
  let items: ErrorReport[] = [];
  return {
    push(report) {
      if (items.length >= capacity) return false;
      items.push(report);
      return true;
    },
    drain() {
      const out = items;
      items = [];
      return out;
    },
    size: () => items.length,
  };
}
