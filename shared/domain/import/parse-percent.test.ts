import { describe, expect, it } from 'vitest';
import { parsePercent } from './parse-percent';

describe('parsePercent', () => {
  it('reads 50%, 0.5 and 50 alike', () => {
    for (const cell of ['50%', '50 %', '５０％', 0.5, '0.5', 50, '50']) expect(parsePercent(cell)).toEqual({ value: 50, problem: null });
  });

  it('reads an empty cell as not started', () => {
    expect(parsePercent(null)).toEqual({ value: 0, problem: null });
  });

  it('reads a bare 1 as 100% and says it assumed so', () => {
    expect(parsePercent(1)).toEqual({ value: 100, problem: { severity: 'warning', code: 'percent-as-fraction', assumed: '100' } });
  });

  it('clamps values outside 0–100 and refuses words', () => {
    expect(parsePercent('120%').problem).toEqual({ severity: 'warning', code: 'percent-out-of-range', assumed: '100' });
    expect(parsePercent('half').problem?.code).toBe('bad-percent');
  });
});
