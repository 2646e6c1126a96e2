// The day a receipt came in or a payment went out, as a person chooses it when marking an entry paid.
// It is a fact that already happened, so it may not lie in the future, with one day of slack: a
// teammate's device may be a calendar day ahead (time zone, a clock set wrong) or a transfer is
// value-dated tomorrow. Any day in the past is allowed: late book-keeping is normal on site.
import { addDays } from '../calendar/day-number';
import { isIsoDay, type IsoDay } from '../../iso-day';
import type { Result } from '../../result';

export const PAID_DAY_MAX_DAYS_AHEAD = 1;

export type PaidDayProblem = 'invalid-day' | 'paid-day-in-future';

/** The latest paid day allowed when today is `today`. */
export function latestPaidDay(today: IsoDay): IsoDay {
  return addDays(today, PAID_DAY_MAX_DAYS_AHEAD);
}

export function checkPaidDay(value: string, today: IsoDay): Result<IsoDay, PaidDayProblem> {
  if (!isIsoDay(value)) return { ok: false, reason: 'invalid-day' };
  if (value > latestPaidDay(today)) return { ok: false, reason: 'paid-day-in-future' };
  return { ok: true, value };
}
