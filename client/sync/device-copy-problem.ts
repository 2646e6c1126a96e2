// Why the copy of a document on this device can't be written, classified from whatever IndexedDB
// threw or aborted with. The edits stay in memory and still go to the relay; only the device copy is
// missing, and the person must be told which fix helps (free space, or keep the tab open).
export const DEVICE_COPY_PROBLEMS = ['quota', 'closed', 'unavailable', 'write-failed'] as const;
/**
 * 'quota': the origin's storage is full (may recover once space is freed); 'closed': the browser
 * closed the database (another tab deleted or upgraded it, site data cleared); 'unavailable': it could
 * not be opened at all (some private modes); 'write-failed': any other write error.
 */
export type DeviceCopyProblem = (typeof DEVICE_COPY_PROBLEMS)[number];

export type StoragePhase = 'open' | 'write';

/**
 * Errors arrive as DOMExceptions, as transaction errors, or wrapped by lib0 in a plain Error whose
 * message is the DOMException's text ("QuotaExceededError: …"), so both name and message are read.
 */
export function classifyStorageError(error: unknown, phase: StoragePhase): DeviceCopyProblem {
  const { name, message } = describeError(error);
  const text = `${name} ${message}`;
  if (/QuotaExceeded|quota/i.test(text)) return 'quota';
  if (phase === 'open') return 'unavailable';
  if (/InvalidStateError|connection is clos|database.*clos/i.test(text)) return 'closed';
  return 'write-failed';
}

/**
 * A new problem replaces the current one only when it is at least as lasting: a closed or missing
 * database never heals in this tab, a full disk may.
 */
export function nextDeviceProblem(current: DeviceCopyProblem | null, reported: DeviceCopyProblem): DeviceCopyProblem {
  if (current === null) return reported;
  return LASTING[reported] >= LASTING[current] ? reported : current;
}

/** The banner speaks of the most lasting problem among the open documents. */
export function worstDeviceProblem(problems: readonly (DeviceCopyProblem | null)[]): DeviceCopyProblem | null {
  let worst: DeviceCopyProblem | null = null;
  for (const problem of problems) if (problem !== null) worst = nextDeviceProblem(worst, problem);
  return worst;
}

const LASTING: Readonly<Record<DeviceCopyProblem, number>> = { 'write-failed': 0, quota: 1, closed: 2, unavailable: 3 };

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error || isNamed(error)) return { name: error.name, message: error.message };
  return { name: '', message: typeof error === 'string' ? error : '' };
}

// DOMException is an Error in browsers but not in every runtime; anything with a name and message will do.
function isNamed(value: unknown): value is { name: string; message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    && typeof (value as { message?: unknown }).message === 'string';
}
