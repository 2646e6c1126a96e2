// The days the timeline shades, for the part of it in view: runs of days off (weekends, holidays)
// and make-up working days (调休上班, a weekend day worked), classified from the working calendar.
import { fromDayNumber, weekdayOf } from '../../../shared/domain/calendar/day-number';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { dayAtX, xOfDay, type TimelineScale } from './timeline-scale';

export type DayKind = 'working' | 'weekend' | 'holiday' | 'make-up';

export interface ShadedSpan {
  readonly kind: Exclude<DayKind, 'working'>;
  /** First day number. */
  readonly start: number;
  /** Day number after the last. */
  readonly end: number;
  readonly x: number;
  readonly width: number;
}

export function dayKind(calendar: WorkingCalendar, dayNumber: number): DayKind {
  const day = fromDayNumber(dayNumber);
  if (calendar.makeUpWorkdays.has(day)) return 'make-up';
  if (calendar.holidays.has(day)) return 'holiday';
  return calendar.workingWeekdays.includes(weekdayOf(dayNumber)) ? 'working' : 'weekend';
}

/** The day numbers [first, last] whose cells meet the horizontal view [scrollLeft, scrollLeft + width). */
export function visibleDays(scale: TimelineScale, scrollLeft: number, width: number): { readonly first: number; readonly last: number } {
  const first = Math.max(scale.originDay, dayAtX(scale, Math.max(0, scrollLeft)));
  const last = Math.min(scale.originDay + scale.dayCount - 1, dayAtX(scale, scrollLeft + Math.max(0, width) - 1e-6));
  return { first, last: Math.max(first, last) };
}

/** Shaded spans over the days [first, last]: neighbouring days of the same kind are one span. */
export function shadedSpans(scale: TimelineScale, calendar: WorkingCalendar, first: number, last: number): ShadedSpan[] {
  const spans: ShadedSpan[] = [];
  let open: { kind: ShadedSpan['kind']; start: number } | null = null;
  const close = (end: number): void => {
    if (open === null) return;
    const x = xOfDay(scale, open.start);
    spans.push({ kind: open.kind, start: open.start, end, x, width: xOfDay(scale, end) - x });
    open = null;
  };
  for (let day = first; day <= last; day++) {
    const kind = dayKind(calendar, day);
    if (open !== null && open.kind === kind) continue;
    close(day);
    if (kind !== 'working') open = { kind, start: day };
  }
  close(last + 1);
  return spans;
}
