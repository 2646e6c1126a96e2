// Token bucket for rate limits: allows bursts up to `burst` and `ratePerSecond` on average.
import type { Clock } from '../clock';

export interface TokenBucket {
  /** Takes one token; false when the bucket is empty (the caller refuses the action). */
  take(): boolean;
  /** True when the bucket has refilled completely, so its owner may forget it. */
  isFull(): boolean;
}

export interface TokenBucketOptions {
  readonly ratePerSecond: number;
  readonly burst: number;
  readonly clock: Clock;
}

export function createTokenBucket({ ratePerSecond, burst, clock }: TokenBucketOptions): TokenBucket {
  let tokens = burst;
  let last = clock.now();
  const refill = (): void => {
    const now = clock.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * ratePerSecond);
    last = now;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    isFull() {
      refill();
      return tokens >= burst;
    },
  };
}
