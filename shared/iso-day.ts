// Calendar days are 'YYYY-MM-DD' strings, not Date objects: a due date is a day on a site's wall
// calendar, the same for everyone whatever their time zone, and strings compare in order.
export type IsoDay = string & { readonly __brand: 'IsoDay' };

const ISO_DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function parseIsoDay(value: string): IsoDay | null {
  return isIsoDay(value) ? value : null;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids local DST shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local calendar day of an instant, for "today" in the user's own time zone. */
export function localIsoDay(epochMs: number, timeZoneOffsetMinutes: number): IsoDay {
  const shifted = new Date(epochMs - timeZoneOffsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 10) as IsoDay;
}
