import { describe, expect, it } from 'vitest';
import { makeRandom } from '../test/support/seeded-random';
import { addFen, divideRoundHalfAway, fen, lineAmount, multiplyFen, subFen, sumFen, toThousandths, UnsafeMoneyError, yuan, type Fen } from './money';

describe('Fen guard', () => {
  it('accepts whole safe numbers of fen and throws a named error on anything else', () => {
    expect(fen(123_450)).toBe(123_450);
    expect(Object.is(fen(-0), 0)).toBe(true);
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => fen(bad)).toThrow(UnsafeMoneyError);
    }
  });

  it('adds, subtracts and sums exactly, and refuses a sum that leaves the safe range', () => {
    expect(addFen(fen(10), fen(20))).toBe(30);
    expect(subFen(fen(10), fen(25))).toBe(-15);
    expect(sumFen([fen(1), fen(2), fen(3)])).toBe(6);
    expect(sumFen([])).toBe(0);
    expect(() => sumFen([fen(Number.MAX_SAFE_INTEGER), fen(1)])).toThrow(UnsafeMoneyError);
  });

  it('sums ten thousand 0.10 yuan amounts to exactly 1,000 yuan (a float sum would not)', () => {
    expect(sumFen(Array.from({ length: 10_000 }, () => fen(10)))).toBe(yuan(1_000));
  });
});

describe('rounding: half away from zero, once per line', () => {
  it('rounds halves away from zero in both directions', () => {
    expect(divideRoundHalfAway(5n, 2n)).toBe(3n);
    expect(divideRoundHalfAway(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfAway(7n, 3n)).toBe(2n);
    expect(divideRoundHalfAway(-7n, 3n)).toBe(-2n);
    expect(divideRoundHalfAway(8n, 3n)).toBe(3n);
  });

  it('multiplies by half-days, hours and three-decimal quantities exactly', () => {
    expect(multiplyFen(yuan(350), 3, 2)).toBe(yuan(525));
    // ¥333.33 a day for 5 of 8 hours = 20833.125 fen → 20833
    expect(multiplyFen(fen(33_333), 5, 8)).toBe(20_833);
    // ¥12.35 per m² × 2.125 m² = 2624.375 fen → 2624
    expect(multiplyFen(fen(1_235), 2_125, 1_000)).toBe(2_624);
    // ¥0.01 × 0.5 = 0.5 fen → 1 fen, and -0.5 fen → -1 fen
    expect(multiplyFen(fen(1), 1, 2)).toBe(1);
    expect(multiplyFen(fen(-1), 1, 2)).toBe(-1);
  });

  it('rounds a line of several terms once, not each term', () => {
    // two terms of 0.5 fen each: rounded separately they would make 2 fen, the exact line is 1 fen
    expect(lineAmount([{ rate: fen(1), numerator: 1, denominator: 2 }, { rate: fen(1), numerator: 1, denominator: 2 }])).toBe(1);
  });

  it('stays exact where a float product would not: 2^53 − 1 fen × 1/1', () => {
    expect(multiplyFen(fen(Number.MAX_SAFE_INTEGER), 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => multiplyFen(fen(Number.MAX_SAFE_INTEGER), 2, 1)).toThrow(UnsafeMoneyError);
  });

  it('agrees with rational arithmetic for random rates and quantities (seeded)', () => {
    const random = makeRandom(20261202);
    for (let i = 0; i < 2_000; i++) {
      const rate = fen(random.int(10_000_000) - 5_000_000);
      const numerator = random.int(100_000);
      const denominator = 1 + random.int(1_000);
      const exact = (rate * numerator) / denominator;
      const amount: Fen = multiplyFen(rate, numerator, denominator);
      expect(Math.abs(amount - exact)).toBeLessThanOrEqual(0.5);
      if (Math.abs(amount - exact) === 0.5) expect(Math.abs(amount)).toBeGreaterThan(Math.abs(exact));
    }
  });

  it('reads quantities with up to three decimals as thousandths, and refuses finer ones', () => {
    expect(toThousandths(2.125)).toBe(2_125);
    expect(toThousandths(0.1)).toBe(100);
    expect(toThousandths(1.005)).toBe(1_005);
    expect(toThousandths(1.0005)).toBeNull();
    expect(toThousandths(Number.NaN)).toBeNull();
  });
});
