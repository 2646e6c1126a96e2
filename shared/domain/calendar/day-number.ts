// Day arithmetic on 'YYYY-MM-DD' strings through whole day numbers since 1970-01-01 (UTC), so no
// time zone or daylight-saving shift can move a date.
import type { IsoDay } from '../../iso-day';

const MS_PER_DAY = 86_400_000;

export function toDayNumber(day: IsoDay): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDay {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10) as IsoDay;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromDayNumber(toDayNumber(day) + days);
}
