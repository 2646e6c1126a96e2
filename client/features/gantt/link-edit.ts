// What a lag typed into a link's row means: whole working days, negative for a lead, within the
// schema's limit; anything else is refused with the reason the row shows.
import { MAX_LAG_DAYS } from '../../../shared/schema/limits';
import { fail, ok, type Result } from '../../../shared/result';

export type LagProblem = 'lag-not-whole' | 'lag-too-large';

export function parseLag(typed: string): Result<number, LagProblem> {
  // people type a minus sign from a Chinese IME or a word processor as − or －
  const value = typed.trim().replace(/^[−－]/, '-').replace(/^\+/, '');
  if (!/^-?\d+$/.test(value)) return fail('lag-not-whole');
  const lag = Number(value);
  if (!Number.isSafeInteger(lag) || Math.abs(lag) > MAX_LAG_DAYS) return fail('lag-too-large');
  // -0 is 0
  return ok(lag === 0 ? 0 : lag);
}
