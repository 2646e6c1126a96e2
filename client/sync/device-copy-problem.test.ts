import { describe, expect, it } from 'vitest';
import { classifyStorageError, nextDeviceProblem, worstDeviceProblem } from './device-copy-problem';

describe('classifyStorageError', () => {
  it('recognises a full disk however it arrives', () => {
    expect(classifyStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'write')).toBe('quota');
    // lib0 wraps request errors in a plain Error carrying the DOMException's text.
    expect(classifyStorageError(new Error('QuotaExceededError: The quota has been exceeded.'), 'write')).toBe('quota');
    expect(classifyStorageError({ name: 'QuotaExceededError', message: '' }, 'open')).toBe('quota');
  });

  it('recognises a connection the browser closed', () => {
    const closing = new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');
    expect(classifyStorageError(closing, 'write')).toBe('closed');
  });

  it('calls any failure to open the database unavailable', () => {
    expect(classifyStorageError(new DOMException('A mutation operation was attempted', 'InvalidStateError'), 'open')).toBe('unavailable');
    expect(classifyStorageError(new ReferenceError('indexedDB is not defined'), 'open')).toBe('unavailable');
  });

  it('calls anything else a failed write, without throwing on odd values', () => {
    expect(classifyStorageError(new DOMException('disk I/O', 'UnknownError'), 'write')).toBe('write-failed');
    expect(classifyStorageError(null, 'write')).toBe('write-failed');
    expect(classifyStorageError('boom', 'write')).toBe('write-failed');
  });
});

describe('nextDeviceProblem', () => {
  it('lets a more lasting problem replace a passing one, never the reverse', () => {
    expect(nextDeviceProblem(null, 'quota')).toBe('quota');
    expect(nextDeviceProblem('quota', 'closed')).toBe('closed');
    expect(nextDeviceProblem('closed', 'quota')).toBe('closed');
    expect(nextDeviceProblem('quota', 'write-failed')).toBe('quota');
  });
});

describe('worstDeviceProblem', () => {
  it('is null while every device copy works, else the most lasting problem', () => {
    expect(worstDeviceProblem([null, null])).toBeNull();
    expect(worstDeviceProblem([])).toBeNull();
    expect(worstDeviceProblem([null, 'quota', 'write-failed'])).toBe('quota');
    expect(worstDeviceProblem(['quota', 'unavailable', 'closed'])).toBe('unavailable');
  });
});
