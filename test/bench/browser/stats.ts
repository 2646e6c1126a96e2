// Summaries of repeated measurements: the median says what is typical, the worst what a person on
// a busy phone may meet; p95 only where there are enough samples for it to mean something.
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly worst: number;
}

export function summarize(samples: readonly number[]): Summary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  const median = sorted.length % 2 === 1
    ? (sorted[(sorted.length - 1) / 2] ?? Number.NaN)
    : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
  return { runs: sorted.length, median: round(median), p95: round(at(0.95)), worst: round(sorted.at(-1) ?? Number.NaN) };
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
