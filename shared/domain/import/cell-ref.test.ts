import { describe, expect, it } from 'vitest';
import { cellRef, cellText, columnLetters } from './cell-ref';

describe('cell references', () => {
  it('names columns as Excel does: A…Z, AA…AZ, BA…', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('joins a 0-based column and a 1-based sheet row', () => {
    expect(cellRef(2, 7)).toBe('C7');
  });

  it('reads any cell as text', () => {
    expect([cellText(null), cellText(3.5), cellText(true), cellText('x')]).toEqual(['', '3.5', 'true', 'x']);
  });
});
