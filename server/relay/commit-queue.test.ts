import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../store/doc-store';
import { createCommitQueue } from './commit-queue';
import type { Outcome } from './commit-queue';

const entry = (byte: number): LogEntry => ({ update: Uint8Array.of(byte), meta: { connectionId: 'c1', ip: '::1', at: 0 } });

function harness(append: (entries: readonly LogEntry[]) => Promise<number>) {
  const events: string[] = [];
  const queue = createCommitQueue({
    append,
    initialSeq: 0,
    onStored: (entries) => events.push(`stored ${entries}`),
    onFailure: () => events.push('failure'),
    onCallbackError: () => events.push('callback error'),
  });
  return { queue, events };
}

describe('commit queue (group commit)', () => {
  it('writes updates queued in the same tick as one batch and runs callbacks after it, in order', async () => {
    const batches: number[][] = [];
    let seq = 0;
    const { queue, events } = harness(async (entries) => {
      batches.push(entries.map((e) => e.update[0] ?? -1));
      seq += entries.length;
      return seq;
    });
    queue.enqueue(entry(1), (o) => events.push(`after 1 ${o}`));
    queue.enqueue(entry(2), (o) => events.push(`after 2 ${o}`));
    queue.whenDurable((o) => events.push(`ack ${o}`));
    expect(events).toEqual([]);
    await queue.flush();
    expect(batches).toEqual([[1, 2]]);
    expect(events).toEqual(['stored 2', 'after 1 durable', 'after 2 durable', 'ack durable']);
    expect(queue.lastDurableSeq()).toBe(2);
    expect(queue.isIdle()).toBe(true);
  });

  it('runs whenDurable at once when nothing is pending', () => {
    const { queue } = harness(async () => 1);
    let outcome: Outcome | null = null;
    queue.whenDurable((o) => (outcome = o));
    expect(outcome).toBe('durable');
  });

  it('a failed append fails its callbacks and everything after, and reports once', async () => {
    const { queue, events } = harness(async () => {
      throw new Error('disk full');
    });
    queue.enqueue(entry(1), (o) => events.push(`after 1 ${o}`));
    await expect(queue.flush()).rejects.toThrow(/failed/);
    queue.enqueue(entry(2), (o) => events.push(`after 2 ${o}`));
    expect(events).toEqual(['after 1 failed', 'failure', 'after 2 failed']);
  });

  it('a throwing callback is reported and does not stop the others', async () => {
    const { queue, events } = harness(async () => 1);
    queue.enqueue(entry(1), () => {
      throw new Error('send failed');
    });
    queue.enqueue(entry(2), (o) => events.push(`after 2 ${o}`));
    await queue.flush();
    expect(events).toEqual(['stored 2', 'callback error', 'after 2 durable']);
  });
});
