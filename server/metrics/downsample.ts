// Series for charts at the step the caller asks for. Buckets are [start, start + step) counted
// from the epoch. Rule: a gauge (a snapshot's figures: counts, percents, money) keeps the LAST
// value in its bucket, stamped with that value's own time; a counter (edits, error reports) is the
// SUM of its bucket, stamped with the bucket's start. Empty buckets are left out, not zero-filled.

export interface TimedValue<Value> {
  readonly at: number;
  readonly value: Value;
}

export function lastPerBucket<Value>(points: readonly TimedValue<Value>[], stepMs: number): TimedValue<Value>[] {
  const out: TimedValue<Value>[] = [];
  let bucket: number | null = null;
  for (const point of [...points].sort((a, b) => a.at - b.at)) {
    const current = Math.floor(point.at / stepMs);
    if (current === bucket) out[out.length - 1] = point;
    else out.push(point);
    bucket = current;
  }
  return out;
}

export function sumPerBucket(points: readonly TimedValue<number>[], stepMs: number): TimedValue<number>[] {
  const sums = new Map<number, number>();
  for (const point of points) {
    const start = Math.floor(point.at / stepMs) * stepMs;
    sums.set(start, (sums.get(start) ?? 0) + point.value);
  }
  return [...sums].sort((a, b) => a[0] - b[0]).map(([at, value]) => ({ at, value }));
}
