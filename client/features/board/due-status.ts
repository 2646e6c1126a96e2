// Where a due date stands relative to today. Days are 'YYYY-MM-DD' strings compared as strings;
// arithmetic runs at noon UTC so no time zone or DST shift can move a day.
import type { IsoDay } from '../../../shared/iso-day';

export type DueStatus = 'none' | 'overdue' | 'today' | 'this-week' | 'later';

export function addDays(day: IsoDay, count: number): IsoDay {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10) as IsoDay;
}

/** The Sunday that ends the (Monday-first) week containing `day`. */
export function endOfWeek(day: IsoDay): IsoDay {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

export function dueStatus(dueDate: IsoDay | null, today: IsoDay): DueStatus {
  if (dueDate === null) return 'none';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return dueDate <= endOfWeek(today) ? 'this-week' : 'later';
}
