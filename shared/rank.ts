// Fractional-index ranks: order lives on each record as a string, so two devices that reorder
// offline never fight over positions in an array. Keys come from `fractional-indexing` (an integer
// head keeps appends short); they compare by code unit, and ties from concurrent inserts break by id.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export type Rank = string & { readonly __brand: 'Rank' };

const MAX_RANK_LENGTH = 256;
const RANK_CHARACTERS = /^[0-9A-Za-z]+$/;

export function isRank(value: unknown): value is Rank {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RANK_LENGTH) return false;
  if (!RANK_CHARACTERS.test(value)) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

/** Code-unit order, identical on every device (localeCompare is not). */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A rank strictly between `before` and `after`; null means the start or the end of the list.
 * When the neighbours are equal or out of order (a concurrent tie), the rank goes just after `before`.
 */
export function rankBetween(before: Rank | null, after: Rank | null): Rank {
  const upper = before !== null && after !== null && compareRanks(before, after) >= 0 ? null : after;
  return generateKeyBetween(before, upper) as Rank;
}

/** `count` ascending ranks after `before`, for laying out a new list in one go. */
export function ranksAfter(before: Rank | null, count: number): Rank[] {
  return generateNKeysBetween(before, null, count) as Rank[];
}

export const FIRST_RANK = rankBetween(null, null);
