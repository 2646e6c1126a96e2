// Errors the relay handled and kept serving through, counted by kind for GET /metrics
// (sitebeam_errors_total{kind}). Each kind names one place that catches, logs and carries on: the
// relay's sockets and storage (RELAY_ERROR_KINDS), the snapshot job and its worker, robot deliveries.
// Every kind is always exported, at 0 until it happens, so a rate() over it never starts from nothing.
import { RELAY_ERROR_KINDS } from '../relay/relay-observer';

export const ERROR_KINDS = [
  ...RELAY_ERROR_KINDS,
  // a room's figures could not be computed anywhere (server/metrics/snapshot-job.ts)
  'snapshot-failed',
  // the snapshot worker crashed, exited or timed out (its request is done on the relay's thread)
  'snapshot-worker-failed',
  // a robot message that failed after its retries (server/notify)
  'robot-delivery-failed',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorCounts {
  count(kind: ErrorKind): void;
  /** Every kind with its count since start, in ERROR_KINDS order. */
  byKind(): ReadonlyArray<readonly [ErrorKind, number]>;
}

export function createErrorCounts(): ErrorCounts {
  const counts = new Map<ErrorKind, number>(ERROR_KINDS.map((kind) => [kind, 0]));
  return {
    count: (kind) => void counts.set(kind, (counts.get(kind) ?? 0) + 1),
    byKind: () => [...counts],
  };
}
