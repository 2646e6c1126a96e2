import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { checkPaidDay, latestPaidDay } from './paid-day';

const today = '2026-02-28' as IsoDay;

describe('the paid day of a receipt or payment', () => {
  it('allows today, any past day, and one day ahead (across a month end)', () => {
    expect(checkPaidDay('2026-02-28', today)).toEqual({ ok: true, value: '2026-02-28' });
    expect(checkPaidDay('2019-07-01', today)).toEqual({ ok: true, value: '2019-07-01' });
    expect(latestPaidDay(today)).toBe('2026-03-01');
    expect(checkPaidDay('2026-03-01', today)).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('refuses two days ahead and anything that is not a calendar day', () => {
    expect(checkPaidDay('2026-03-02', today)).toEqual({ ok: false, reason: 'paid-day-in-future' });
    for (const typed of ['', '2026-02-30', '28/02/2026', '2026-2-1']) expect(checkPaidDay(typed, today)).toEqual({ ok: false, reason: 'invalid-day' });
  });
});
