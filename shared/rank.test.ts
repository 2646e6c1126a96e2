import { describe, expect, it } from 'vitest';
import { makeRandom } from '../test/support/seeded-random';
import { compareRanks, FIRST_RANK, isRank, rankBetween, ranksAfter, type Rank } from './rank';

describe('ranks', () => {
  it('a rank between two neighbours sorts strictly between them', () => {
    const a = FIRST_RANK;
    const b = rankBetween(FIRST_RANK, null);
    const mid = rankBetween(a, b);
    expect(compareRanks(a, mid)).toBe(-1);
    expect(compareRanks(mid, b)).toBe(-1);
    expect(isRank(mid)).toBe(true);
  });

  it('ranks at the start and the end of a list stay in order', () => {
    let first = FIRST_RANK;
    let last = FIRST_RANK;
    for (let i = 0; i < 5000; i++) {
      const before = rankBetween(null, first);
      const after = rankBetween(last, null);
      expect(compareRanks(before, first)).toBe(-1);
      expect(compareRanks(last, after)).toBe(-1);
      expect(isRank(before) && isRank(after)).toBe(true);
      first = before;
      last = after;
    }
    expect(first.length).toBeLessThan(10);
    expect(last.length).toBeLessThan(10);
  });

  it('keeps a random sequence of inserts ordered (seed 7)', () => {
    const random = makeRandom(7).next;
    const list: Rank[] = [FIRST_RANK];
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(random() * (list.length + 1));
      const rank = rankBetween(list[at - 1] ?? null, list[at] ?? null);
      list.splice(at, 0, rank);
    }
    const sorted = [...list].sort(compareRanks);
    expect(sorted).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
  });

  it('places a rank after the lower neighbour when the neighbours tie', () => {
    const tie = FIRST_RANK;
    const rank = rankBetween(tie, tie);
    expect(compareRanks(tie, rank)).toBe(-1);
  });

  it('lays out ascending ranks for a new list', () => {
    const ranks = ranksAfter(null, 10);
    expect([...ranks].sort(compareRanks)).toEqual(ranks);
  });

  it('accepts only well-formed ranks', () => {
    expect(isRank(FIRST_RANK)).toBe(true);
    expect(isRank('a00')).toBe(false);
    expect(isRank('')).toBe(false);
    expect(isRank('a b')).toBe(false);
    expect(isRank(42)).toBe(false);
  });
});
