// Pooled percentiles across runs: all deliveries of one mode in one sorted set, so a p99 over 7 runs
// rests on 7× the samples of one run's p99 instead of on a median of 7 noisy p99s. And how far the
// on/off ratio of a pooled percentile moves when the rounds are resampled (a bootstrap over whole
// runs: the noise on a shared machine comes run by run, not delivery by delivery).
import { percentile, round } from './timing';

/** All runs' samples together, ascending. */
export function poolSamples(runs: readonly (readonly number[])[]): Float64Array {
  const pooled = new Float64Array(runs.reduce((sum, samples) => sum + samples.length, 0));
  let offset = 0;
  for (const samples of runs) {
    pooled.set(samples, offset);
    offset += samples.length;
  }
  return pooled.sort();
}

/** A percentile of runs pooled (timing.ts's nearest-rank rule), NaN with no samples. */
export function pooledPercentile(runs: readonly (readonly number[])[], p: number): number {
  return percentile(poolSamples(runs), p);
}

export interface RatioInterval {
  readonly low: number;
  readonly high: number;
}

/** Small deterministic generator (mulberry32), so a bench report can be recomputed exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 5th–95th percentile of pooled-`p` on/off ratios when each mode's runs are drawn again with
 * replacement `iterations` times; null with fewer than 2 runs of either mode.
 */
export function bootstrapRatioInterval(off: readonly (readonly number[])[], on: readonly (readonly number[])[], p: number, iterations = 200, seed = 1): RatioInterval | null {
  if (off.length < 2 || on.length < 2) return null;
  const random = seeded(seed);
  const draw = (runs: readonly (readonly number[])[]): (readonly number[])[] => runs.map(() => runs[Math.floor(random() * runs.length)] ?? []);
  const ratios: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const offValue = pooledPercentile(draw(off), p);
    const onValue = pooledPercentile(draw(on), p);
    if (offValue > 0 && Number.isFinite(onValue)) ratios.push(onValue / offValue);
  }
  ratios.sort((a, b) => a - b);
  if (ratios.length === 0) return null;
  return { low: round(percentile(ratios, 5), 3), high: round(percentile(ratios, 95), 3) };
}
