import { describe, expect, it } from 'vitest';
import type { MeasuredRun } from './snapshot-rounds';
import { roundOrder, summarizeRounds } from './snapshot-rounds';

const run = (round: number, mode: 'off' | 'on', p99: number | null, loadAverage1m = 1): MeasuredRun => ({
  round,
  mode,
  loadAverage1m,
  figures: { '20 obs: p99 (ms)': p99 },
});

describe('roundOrder', () => {
  it('alternates the modes in ABBA order, every round running each mode once', () => {
    expect(roundOrder(['off', 'on'], 4).map((r) => `${r.round}${r.mode}`)).toEqual(['1off', '1on', '2on', '2off', '3off', '3on', '4on', '4off']);
  });

  it('with one round runs the modes in the given order, as the bench always did', () => {
    expect(roundOrder(['off', 'on'], 1)).toEqual([{ round: 1, mode: 'off' }, { round: 1, mode: 'on' }]);
    expect(roundOrder(['on'], 2)).toEqual([{ round: 1, mode: 'on' }, { round: 2, mode: 'on' }]);
  });
});

describe('summarizeRounds', () => {
  it('one round keeps the figure names of a single run and adds the on/off ratio', () => {
    expect(summarizeRounds([run(1, 'off', 8), run(1, 'on', 10)])).toEqual({
      'snapshots off: 20 obs: p99 (ms)': 8,
      'snapshots on: 20 obs: p99 (ms)': 10,
      'on/off: 20 obs: p99 (ms)': 1.25,
    });
  });

  it('several rounds report the median per mode, its on/off ratio, and every round with its load', () => {
    const runs = [run(1, 'off', 7.67), run(1, 'on', 8.2, 1.8), run(2, 'on', 13.61), run(2, 'off', 15.78), run(3, 'off', 8.95), run(3, 'on', 11.08)];
    const summary = summarizeRounds(runs);
    expect(summary['snapshots off, median of 3: 20 obs: p99 (ms)']).toBe(8.95);
    expect(summary['snapshots on, median of 3: 20 obs: p99 (ms)']).toBe(11.08);
    expect(summary['on/off: 20 obs: p99 (ms)']).toBe(1.238);
    expect(summary['round 2 off: 20 obs: p99 (ms)']).toBe(15.78);
    expect(summary['round 1 on: load (1 min)']).toBe(1.8);
    expect(Object.keys(summary)).toHaveLength(3 + 6 * 2);
  });

  it('an even count of rounds takes the mean of the two middle values', () => {
    const summary = summarizeRounds([run(1, 'off', 2), run(1, 'on', 3), run(2, 'on', 5), run(2, 'off', 4)]);
    expect(summary['snapshots off, median of 2: 20 obs: p99 (ms)']).toBe(3);
    expect(summary['snapshots on, median of 2: 20 obs: p99 (ms)']).toBe(4);
  });

  it('a round that lost a figure leaves its median and ratio empty rather than biased', () => {
    const summary = summarizeRounds([run(1, 'off', 8), run(1, 'on', null), run(2, 'on', 9), run(2, 'off', 8)]);
    expect(summary['snapshots on, median of 2: 20 obs: p99 (ms)']).toBeNull();
    expect(summary['on/off: 20 obs: p99 (ms)']).toBeNull();
    expect(summary['snapshots off, median of 2: 20 obs: p99 (ms)']).toBe(8);
  });
});

describe('pooled percentiles', () => {
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const sampled = (round: number, mode: 'off' | 'on', samples: Record<string, number[]>): MeasuredRun => ({ round, mode, loadAverage1m: 1, figures: {}, samples });

  it('pool every delivery of a mode across its rounds, not the median of per-round percentiles', () => {
    // round 1 delivered 1..100 ms, round 2 101..200 ms: the pooled p99 is the 198th of 200
    const summary = summarizeRounds([sampled(1, 'off', { '20 obs': range(1, 100) }), sampled(2, 'off', { '20 obs': range(101, 200) })]);
    expect(summary['snapshots off, pooled 2 rounds: 20 obs: p50 (ms)']).toBe(100);
    expect(summary['snapshots off, pooled 2 rounds: 20 obs: p99 (ms)']).toBe(198);
    expect(summary['snapshots off, pooled 2 rounds: 20 obs: p99.9 (ms)']).toBe(200);
    expect(summary['snapshots off, pooled 2 rounds: 20 obs: deliveries']).toBe(200);
  });

  it('a few slow deliveries in one round move the pooled p99 only as much as their share of all deliveries', () => {
    const fast = range(1, 1000).map(() => 2);
    const withStall = [...range(1, 980).map(() => 2), ...range(1, 20).map(() => 50)];
    const summary = summarizeRounds([sampled(1, 'off', { '20 obs': fast }), sampled(1, 'on', { '20 obs': withStall }), sampled(2, 'on', { '20 obs': fast }), sampled(2, 'off', { '20 obs': fast })]);
    // 20 of 2,000 "on" deliveries are slow: exactly 1 %, so the p99 is still a fast one and the p99.9 a slow one
    expect(summary['snapshots on, pooled 2 rounds: 20 obs: p99 (ms)']).toBe(2);
    expect(summary['snapshots on, pooled 2 rounds: 20 obs: p99.9 (ms)']).toBe(50);
    expect(summary['on/off pooled: 20 obs: p99']).toBe(1);
    expect(summary['on/off pooled: 20 obs: p99.9']).toBe(25);
  });

  it('the ratio of pooled percentiles comes with a 90 % interval from resampling whole rounds', () => {
    const runs = [
      sampled(1, 'off', { '20 obs': range(1, 100) }),
      sampled(1, 'on', { '20 obs': range(2, 101) }),
      sampled(2, 'on', { '20 obs': range(21, 120) }),
      sampled(2, 'off', { '20 obs': range(11, 110) }),
    ];
    const summary = summarizeRounds(runs);
    const ratio = summary['on/off pooled: 20 obs: p50'];
    const low = summary['on/off pooled: 20 obs: p50 90 % low'];
    const high = summary['on/off pooled: 20 obs: p50 90 % high'];
    // off pooled: 1..10, then 11..100 twice, ...: the 100th of 200 is 55; on likewise 61
    expect(ratio).toBeCloseTo(61 / 55, 3);
    expect(low).not.toBeNull();
    expect(high).not.toBeNull();
    expect(low!).toBeLessThanOrEqual(ratio!);
    expect(high!).toBeGreaterThanOrEqual(ratio!);
    // seeded: the same runs give the same interval
    expect(summarizeRounds(runs)['on/off pooled: 20 obs: p50 90 % low']).toBe(low);
  });

  it('a room one round has no samples for is left out of the pool rather than pooled short', () => {
    const summary = summarizeRounds([sampled(1, 'off', { '20 obs': [1, 2], '100 obs': [3] }), sampled(2, 'off', { '20 obs': [4] })]);
    expect(summary['snapshots off, pooled 2 rounds: 20 obs: deliveries']).toBe(3);
    expect(Object.keys(summary).some((name) => name.includes('pooled') && name.includes('100 obs'))).toBe(false);
  });
});

describe('modes beyond off and on (--worker-nice)', () => {
  it('each round runs every mode, even rounds reversed, and each "on" variant gets its own ratio to off', () => {
    expect(roundOrder(['off', 'on nice 0', 'on nice 10'], 2).map((r) => r.mode)).toEqual(['off', 'on nice 0', 'on nice 10', 'on nice 10', 'on nice 0', 'off']);
    const three = (mode: MeasuredRun['mode'], p99: number, samples: number[]): MeasuredRun => ({ round: 1, mode, loadAverage1m: 1, figures: { '20 obs: p99 (ms)': p99 }, samples: { '20 obs': samples } });
    const summary = summarizeRounds([three('off', 10, [1, 2, 3, 4]), three('on nice 0', 20, [2, 4, 6, 8]), three('on nice 10', 11, [1, 2, 3, 5])]);
    expect(summary['on nice 0/off: 20 obs: p99 (ms)']).toBe(2);
    expect(summary['on nice 10/off: 20 obs: p99 (ms)']).toBe(1.1);
    expect(summary['on nice 0/off pooled: 20 obs: p50']).toBe(2);
    expect(summary['on nice 10/off pooled: 20 obs: p99.9']).toBe(1.25);
    expect(Object.keys(summary).some((name) => name.startsWith('on/off'))).toBe(false);
  });
});
