import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';
import type { HeaderCell } from './header-cells';
import { makeHeaderLabeller } from './header-labels';

const cell = (unit: HeaderCell['unit'], day: string, width = 100): HeaderCell => ({ unit, start: toDayNumber(day as IsoDay), end: toDayNumber(day as IsoDay) + 1, x: 0, width });

describe('header labels', () => {
  it('labels days, quarters and years the same way in any language', () => {
    const en = makeHeaderLabeller('en');
    expect(en(cell('day', '2026-03-09'))).toBe('9');
    expect(en(cell('quarter', '2026-07-01'))).toBe('Q3');
    expect(en(cell('year', '2026-01-01'))).toBe('2026');
  });
  it('names months and weeks in the reader’s language', () => {
    expect(makeHeaderLabeller('en')(cell('month', '2026-03-01'))).toBe('Mar 2026');
    expect(makeHeaderLabeller('en')(cell('month', '2026-03-01', 40))).toBe('Mar');
    expect(makeHeaderLabeller('zh-CN')(cell('month', '2026-03-01'))).toBe('2026年3月');
    expect(makeHeaderLabeller('zh-CN')(cell('year', '2026-01-01'))).toBe('2026年');
    expect(makeHeaderLabeller('zh-CN')(cell('week', '2026-03-09'))).toBe('3/9周');
    expect(makeHeaderLabeller('en')(cell('week', '2026-03-09'))).toBe('W Mar 9');
  });
});
