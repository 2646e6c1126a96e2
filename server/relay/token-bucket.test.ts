import { describe, expect, it } from 'vitest';
import type { Clock } from '../clock';
import { createIpRateLimiter } from './ip-rate-limiter';
import { createTokenBucket } from './token-bucket';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = 1_000;
  return { now: () => now, advance: (ms) => (now += ms) };
}

describe('token bucket', () => {
  it('allows a burst, then refuses until tokens refill at the given rate', () => {
    const clock = manualClock();
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 3, clock });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    clock.advance(100);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never stores more than the burst', () => {
    const clock = manualClock();
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 2, clock });
    clock.advance(60_000);
    expect(bucket.isFull()).toBe(true);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('per-IP upgrade limiter', () => {
  it('limits each address separately', () => {
    const clock = manualClock();
    const limiter = createIpRateLimiter({ ratePerSecond: 1, burst: 1, clock });
    expect(limiter.allow('10.0.0.1')).toBe(true);
    expect(limiter.allow('10.0.0.1')).toBe(false);
    expect(limiter.allow('10.0.0.2')).toBe(true);
  });
});
