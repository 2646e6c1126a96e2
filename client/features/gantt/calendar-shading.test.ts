import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import { toDayNumber } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';
import { dayKind, shadedSpans, visibleDays } from './calendar-shading';
import { makeScale } from './timeline-scale';

const n = (value: string): number => toDayNumber(value as IsoDay);
const china = chinaCalendar();

describe('calendar shading', () => {
  it('classifies weekends, statutory holidays and make-up Saturdays', () => {
    expect(dayKind(china, n('2026-09-19'))).toBe('weekend');
    expect(dayKind(china, n('2026-10-05'))).toBe('holiday');
    expect(dayKind(china, n('2026-10-10'))).toBe('make-up');
    expect(dayKind(china, n('2026-10-09'))).toBe('working');
  });
  it('merges neighbouring days off of one kind into one span, and marks the make-up day alone', () => {
    const scale = makeScale('day', '2026-09-28' as IsoDay, '2026-10-31' as IsoDay);
    const spans = shadedSpans(scale, china, n('2026-09-28'), n('2026-10-11'));
    expect(spans.map((span) => [span.kind, span.end - span.start])).toEqual([['holiday', 7], ['make-up', 1], ['weekend', 1]]);
    expect(spans[0]?.x).toBe(3 * 32);
    expect(spans[0]?.width).toBe(7 * 32);
  });
  it('closes a span at the end of the visible range', () => {
    const scale = makeScale('week', '2026-03-01' as IsoDay, '2026-03-31' as IsoDay);
    const spans = shadedSpans(scale, china, n('2026-03-02'), n('2026-03-07'));
    expect(spans).toEqual([{ kind: 'weekend', start: n('2026-03-07'), end: n('2026-03-08'), x: 6 * 12, width: 12 }]);
  });
  it('reads the days in view from the scroll position, clipped to the chart', () => {
    const scale = makeScale('day', '2026-03-01' as IsoDay, '2026-03-31' as IsoDay);
    expect(visibleDays(scale, 64, 320)).toEqual({ first: n('2026-03-03'), last: n('2026-03-12') });
    expect(visibleDays(scale, 0, 10_000)).toEqual({ first: n('2026-03-01'), last: n('2026-03-31') });
  });
});
