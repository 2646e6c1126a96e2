import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import { toDayNumber } from '../../../shared/domain/calendar/day-number';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import { headerCells } from './header-cells';
import { chartWidth, dayAtX, makeScale, snapFinishAtX, snapStartAtX, stepZoom, xOfIsoDay } from './timeline-scale';

const day = (value: string): IsoDay => value as IsoDay;
const weekdays = makeCalendar();

describe('timeline scale', () => {
  it('places days at px-per-day steps from the first day, per zoom', () => {
    const scale = makeScale('day', day('2026-03-02'), day('2026-03-31'));
    expect(chartWidth(scale)).toBe(30 * 32);
    expect(xOfIsoDay(scale, day('2026-03-02'))).toBe(0);
    expect(xOfIsoDay(scale, day('2026-03-05'))).toBe(96);
    expect(xOfIsoDay(makeScale('quarter', day('2026-01-01'), day('2026-12-31')), day('2026-01-11'))).toBe(15);
  });
  it('finds the day under a pointer', () => {
    const scale = makeScale('week', day('2026-03-02'), day('2026-03-31'));
    expect(dayAtX(scale, 0)).toBe(toDayNumber(day('2026-03-02')));
    expect(dayAtX(scale, 11.9)).toBe(toDayNumber(day('2026-03-02')));
    expect(dayAtX(scale, 12)).toBe(toDayNumber(day('2026-03-03')));
  });
  it('snaps a start to the nearest day boundary, then on to a working day', () => {
    const scale = makeScale('day', day('2026-03-02'), day('2026-03-31'));
    // 2026-03-06 is a Friday; dropping near Saturday's left edge lands on Monday
    expect(snapStartAtX(scale, weekdays, 4 * 32 + 10)).toBe('2026-03-06');
    expect(snapStartAtX(scale, weekdays, 5 * 32 - 3)).toBe('2026-03-09');
  });
  it('snaps a finish back to the working day before the nearest boundary', () => {
    const scale = makeScale('day', day('2026-03-02'), day('2026-03-31'));
    expect(snapFinishAtX(scale, weekdays, 3 * 32 + 5)).toBe('2026-03-04');
    // the end of Sunday is after a weekend: the finish is the Friday before
    expect(snapFinishAtX(scale, weekdays, 7 * 32)).toBe('2026-03-06');
  });
  it('skips a statutory holiday and takes a make-up Saturday as a working day', () => {
    const china = chinaCalendar();
    const scale = makeScale('day', day('2026-09-28'), day('2026-10-31'));
    // 2026 National Day: 1–7 October off; the start after them is the 8th
    expect(snapStartAtX(scale, china, xOfIsoDay(scale, day('2026-10-02')))).toBe('2026-10-08');
    // Saturday 10 October 2026 is worked (调休)
    expect(snapStartAtX(scale, china, xOfIsoDay(scale, day('2026-10-10')))).toBe('2026-10-10');
  });
  it('steps zoom in and out and stops at the ends', () => {
    expect(stepZoom('week', 1)).toBe('month');
    expect(stepZoom('week', -1)).toBe('day');
    expect(stepZoom('quarter', 1)).toBe('quarter');
    expect(stepZoom('day', -1)).toBe('day');
  });
});

describe('header cells', () => {
  const scale = makeScale('week', day('2026-01-01'), day('2026-12-31'));
  it('cuts Monday-to-Sunday weeks with their true edges, even one starting before the view', () => {
    const cells = headerCells(scale, 'week', toDayNumber(day('2026-01-01')), toDayNumber(day('2026-01-12')));
    expect(cells.map((cell) => cell.start)).toEqual([toDayNumber(day('2025-12-29')), toDayNumber(day('2026-01-05')), toDayNumber(day('2026-01-12'))]);
    expect(cells[0]?.x).toBe(-3 * 12);
    expect(cells[1]?.width).toBe(7 * 12);
  });
  it('sizes months and quarters by their real length, across a year boundary', () => {
    const months = headerCells(scale, 'month', toDayNumber(day('2026-02-10')), toDayNumber(day('2026-03-01')));
    expect(months.map((cell) => cell.end - cell.start)).toEqual([28, 31]);
    const quarters = headerCells(scale, 'quarter', toDayNumber(day('2026-11-15')), toDayNumber(day('2027-01-02')));
    expect(quarters.map((cell) => cell.end - cell.start)).toEqual([92, 90]);
    expect(headerCells(scale, 'year', toDayNumber(day('2028-05-01')), toDayNumber(day('2028-05-02')))[0]?.end).toBe(toDayNumber(day('2029-01-01')));
  });
});
