import { describe, expect, it } from 'vitest';
import { lastPerBucket, sumPerBucket } from './downsample';

const HOUR = 3_600_000;

describe('downsampling', () => {
  it('keeps the last gauge value of each bucket with its own time', () => {
    const points = [
      { at: 2 * HOUR + 5, value: 'b' },
      { at: 10, value: 'a0' },
      { at: HOUR - 1, value: 'a1' },
      { at: 2 * HOUR + 7, value: 'c' },
    ];
    expect(lastPerBucket(points, HOUR)).toEqual([
      { at: HOUR - 1, value: 'a1' },
      { at: 2 * HOUR + 7, value: 'c' },
    ]);
  });

  it('sums counters per bucket, stamped with the bucket start, leaving empty buckets out', () => {
    const points = [{ at: 10, value: 2 }, { at: HOUR - 1, value: 3 }, { at: 3 * HOUR, value: 1 }];
    expect(sumPerBucket(points, HOUR)).toEqual([{ at: 0, value: 5 }, { at: 3 * HOUR, value: 1 }]);
  });
});
