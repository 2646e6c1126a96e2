import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { chartRange } from './chart-range';

describe('chart range', () => {
  it('spans the earliest to the latest day given, with margins, ignoring missing days', () => {
    expect(chartRange(['2026-03-10', null, '2026-01-20', '2026-02-01'] as (IsoDay | null)[])).toEqual({ first: '2026-01-06', last: '2026-05-09' });
  });
  it('refuses to guess a range from nothing', () => {
    expect(() => chartRange([null])).toThrow(RangeError);
  });
});
