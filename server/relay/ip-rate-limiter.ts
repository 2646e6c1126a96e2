// Per-IP limit on websocket upgrades (HTTP 429 when exceeded). Buckets that have refilled are
// forgotten once the map grows, so a scan from many addresses cannot grow memory without bound.
import type { Clock } from '../clock';
import { createTokenBucket } from './token-bucket';
import type { TokenBucket } from './token-bucket';

export interface IpRateLimiter {
  allow(ip: string): boolean;
}

const PRUNE_ABOVE_ENTRIES = 10_000;

export function createIpRateLimiter(options: { ratePerSecond: number; burst: number; clock: Clock }): IpRateLimiter {
  const buckets = new Map<string, TokenBucket>();
  const prune = (): void => {
    for (const [ip, bucket] of buckets) if (bucket.isFull()) buckets.delete(ip);
  };
  return {
    allow(ip) {
      let bucket = buckets.get(ip);
      if (bucket === undefined) {
        if (buckets.size >= PRUNE_ABOVE_ENTRIES) prune();
        bucket = createTokenBucket(options);
        buckets.set(ip, bucket);
      }
      return bucket.take();
    },
  };
}
