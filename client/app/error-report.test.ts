import { describe, expect, it } from 'vitest';
import { describeError, makeReportGate, makeReportQueue, MAX_REPORT_MESSAGE } from './error-report';

describe('describeError', () => {
  it('keeps the error name and only the first line of its message', () => {
    expect(describeError(new TypeError('x is undefined\n  at secret task title'))).toBe('TypeError: x is undefined');
  });

  it('truncates a long first line to the report limit', () => {
    const text = describeError(new Error('a'.repeat(500)));
    expect(text.length).toBe(MAX_REPORT_MESSAGE);
    expect(text.endsWith('…')).toBe(true);
  });

  it('reduces a thrown non-error object to its type, so its contents never leave the device', () => {
    expect(describeError({ title: 'Pour slab B' })).toBe('object');
    expect(describeError(null)).toBe('null');
    expect(describeError(42)).toBe('number');
  });
});

describe('makeReportGate', () => {
  it('lets a burst through, then one report per interval', () => {
    const gate = makeReportGate(2, 1_000);
    expect([gate.take(0), gate.take(0), gate.take(0)]).toEqual([true, true, false]);
    expect(gate.take(500)).toBe(false);
    expect(gate.take(1_500)).toBe(true);
    expect(gate.take(1_600)).toBe(false);
  });
});

describe('makeReportQueue', () => {
  it('keeps the oldest reports up to its capacity and drops the rest', () => {
    const queue = makeReportQueue(2);
    expect(queue.push({ kind: 'sync-failed', message: 'one' })).toBe(true);
    expect(queue.push({ kind: 'sync-failed', message: 'two' })).toBe(true);
    expect(queue.push({ kind: 'sync-failed', message: 'three' })).toBe(false);
    expect(queue.drain().map((report) => report.message)).toEqual(['one', 'two']);
    expect(queue.size()).toBe(0);
  });
});
