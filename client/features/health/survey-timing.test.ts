import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { shouldAskSatisfaction } from './survey-timing';

const day = (value: string) => value as IsoDay;

describe('shouldAskSatisfaction', () => {
  it('never asks on the first day of use or when that day is unknown', () => {
    expect(shouldAskSatisfaction({ today: day('2026-12-03'), firstUseDay: day('2026-12-03'), lastAskedMonth: null })).toBe(false);
    expect(shouldAskSatisfaction({ today: day('2026-12-03'), firstUseDay: null, lastAskedMonth: null })).toBe(false);
  });

  it('asks from the second day on, once per month', () => {
    expect(shouldAskSatisfaction({ today: day('2026-12-04'), firstUseDay: day('2026-12-03'), lastAskedMonth: null })).toBe(true);
    expect(shouldAskSatisfaction({ today: day('2026-12-20'), firstUseDay: day('2026-12-03'), lastAskedMonth: '2026-12' })).toBe(false);
    expect(shouldAskSatisfaction({ today: day('2027-01-02'), firstUseDay: day('2026-12-03'), lastAskedMonth: '2026-12' })).toBe(true);
  });
});
