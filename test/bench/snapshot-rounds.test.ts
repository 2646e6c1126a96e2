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
