// The header cells of one band that are in view: each cell is a calendar unit (day, Monday-to-Sunday
// week, month, quarter, year) with its x and width, clipped to nothing: cells are whole units, so a
// month that starts off-screen still has its true left edge and its label can stick to the view.
import { fromDayNumber, toDayNumber, weekdayOf } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';
import { xOfDay, type HeaderUnit, type TimelineScale } from './timeline-scale';

export interface HeaderCell {
  readonly unit: HeaderUnit;
  /** First day number of the unit. */
  readonly start: number;
  /** Day number after its last day. */
  readonly end: number;
  readonly x: number;
  readonly width: number;
}

/** Cells of `unit` overlapping the day numbers [fromDay, toDay]. */
export function headerCells(scale: TimelineScale, unit: HeaderUnit, fromDay: number, toDay: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let start = unitStart(unit, fromDay); start <= toDay; ) {
    const end = unitEnd(unit, start);
    const x = xOfDay(scale, start);
    cells.push({ unit, start, end, x, width: xOfDay(scale, end) - x });
    start = end;
  }
  return cells;
}

/** First day number of the unit that holds `dayNumber`. */
export function unitStart(unit: HeaderUnit, dayNumber: number): number {
  if (unit === 'day') return dayNumber;
  if (unit === 'week') return dayNumber - ((weekdayOf(dayNumber) + 6) % 7);
  const day = fromDayNumber(dayNumber);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (unit === 'month') return dayOf(year, month);
  if (unit === 'quarter') return dayOf(year, month - ((month - 1) % 3));
  return dayOf(year, 1);
}

function unitEnd(unit: HeaderUnit, start: number): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const day = fromDayNumber(start);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  return month + months > 12 ? dayOf(year + 1, month + months - 12) : dayOf(year, month + months);
}

function dayOf(year: number, month: number): number {
  return toDayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01` as IsoDay);
}
