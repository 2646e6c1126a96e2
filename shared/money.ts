// Money is integer fen (分) in a branded `Fen`: floats can't hold 0.1 exactly, and a summary that is
// off by one fen from its records is a summary nobody trusts. Rules: docs/money.md.
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: 'Fen' };

/** A number that is not a whole, safe count of fen: a bug upstream, never a user's typing. */
export class UnsafeMoneyError extends Error {
  override name = 'UnsafeMoneyError';
}

export const ZERO_FEN = 0 as Fen;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** The guard every money value passes: throws on fractions, NaN, infinities and unsafe integers. */
export function fen(value: number): Fen {
  if (!isFen(value)) throw new UnsafeMoneyError(`not a safe whole number of fen: ${value}`);
  // -0 would print as "-¥0.00"
  return (value === 0 ? 0 : value) as Fen;
}

/** Whole yuan to fen (for fixtures and defaults; user input goes through parseMoney). */
export function yuan(value: number): Fen {
  return fen(value * 100);
}

export function addFen(a: Fen, b: Fen): Fen {
  return fen(a + b);
}

export function subFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

export function negateFen(a: Fen): Fen {
  return fen(-a);
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  // checked on every step: an unsafe partial sum would silently lose fen
  for (const value of values) total = fen(total + value);
  return fen(total);
}

/** `rate × numerator / denominator`: e.g. a day rate × 3 half-days is `{ rate, numerator: 3, denominator: 2 }`. */
export interface MoneyTerm {
  readonly rate: Fen;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The exact sum of several rate × ratio terms, rounded ONCE, half away from zero, to the fen.
 * Computed in BigInt over a common denominator, so no intermediate value is ever rounded.
 */
export function lineAmount(terms: readonly MoneyTerm[]): Fen {
  let numerator = 0n;
  let denominator = 1n;
  for (const term of terms) {
    if (!Number.isSafeInteger(term.numerator) || !Number.isSafeInteger(term.denominator) || term.denominator <= 0) {
      throw new UnsafeMoneyError(`not an exact ratio: ${term.numerator}/${term.denominator}`);
    }
    const termDenominator = BigInt(term.denominator);
    numerator = numerator * termDenominator + BigInt(fen(term.rate)) * BigInt(term.numerator) * denominator;
    denominator *= termDenominator;
  }
  return fromBigFen(divideRoundHalfAway(numerator, denominator));
}

/** `rate × numerator / denominator`, rounded half away from zero to the fen. */
export function multiplyFen(rate: Fen, numerator: number, denominator = 1): Fen {
  return lineAmount([{ rate, numerator, denominator }]);
}

export function divideRoundHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

export function fromBigFen(value: bigint): Fen {
  if (value > MAX_FEN || value < -MAX_FEN) throw new UnsafeMoneyError(`amount beyond a safe integer of fen: ${value}`);
  return fen(Number(value));
}

/**
 * A decimal quantity (hours, man-days, cubic metres) with at most three decimals, as whole
 * thousandths: 2.125 → 2125. Null when it has more precision than that or is not finite.
 */
export function toThousandths(quantity: number): number | null {
  if (!Number.isFinite(quantity)) return null;
  const scaled = Math.round(quantity * 1000);
  // 0.1 * 1000 is 100.00000000000001: within a millionth of a whole thousandth counts as exact
  if (Math.abs(scaled - quantity * 1000) > 1e-6 || !Number.isSafeInteger(scaled)) return null;
  return scaled === 0 ? 0 : scaled;
}
