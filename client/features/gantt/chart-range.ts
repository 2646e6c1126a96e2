// The days the timeline spans: the schedule from its first start to its last finish, today and the
// baseline's finish included, with a margin either side so a bar can be dragged past the ends.
import { addDays } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';

const MARGIN_BEFORE_DAYS = 14;
const MARGIN_AFTER_DAYS = 60;

export interface ChartRange {
  readonly first: IsoDay;
  readonly last: IsoDay;
}

export function chartRange(days: readonly (IsoDay | null)[]): ChartRange {
  let first: IsoDay | null = null;
  let last: IsoDay | null = null;
  for (const day of days) {
    if (day === null) continue;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  if (first === null || last === null) throw new RangeError('a chart range needs at least one day');
  return { first: addDays(first, -MARGIN_BEFORE_DAYS), last: addDays(last, MARGIN_AFTER_DAYS) };
}
