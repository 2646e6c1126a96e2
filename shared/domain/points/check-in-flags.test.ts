import { describe, expect, it } from 'vitest';
import type { UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import type { CheckIn } from './check-in';
import { CHECK_IN_CLOCK_SKEW_MS, countedCheckIns, judgeCheckInWrite, type CheckInWrite } from './check-in-flags';

const BO = 'user_BoLi0000001' as UserId;
const ANN = 'user_AnnWang0001' as UserId;
/** 09:00 in Beijing on 3 March 2026. */
const NOW = Date.parse('2026-03-03T01:00:00Z');

function checkIn(day: string, at: number, userId: UserId = BO): CheckIn {
  return { userId, day: day as IsoDay, at, note: '', siteName: '' };
}
function write(value: CheckIn | null, more: Partial<CheckInWrite> = {}): CheckInWrite {
  return { checkIn: value, writerId: BO, receivedAt: NOW, replacedExisting: false, ...more };
}

describe('the relay\'s judgement of a check-in write', () => {
  it('passes the writer\'s own check-in of today, a late one synced days later, and one made on a device in another zone', () => {
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW - 60_000)))).toBeNull();
    expect(judgeCheckInWrite(write(checkIn('2026-02-27', Date.parse('2026-02-27T01:00:00Z'))))).toBeNull();
    // 01:00 UTC is still 2 March in Honolulu and already 3 March in Kiritimati
    expect(judgeCheckInWrite(write(checkIn('2026-03-02', NOW)))).toBeNull();
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW + CHECK_IN_CLOCK_SKEW_MS)))).toBeNull();
  });

  it('flags another person\'s check-in, a replacement, a future one and one whose day is not its time\'s', () => {
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW, ANN)))).toBe('not-own');
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW), { replacedExisting: true }))).toBe('replaced');
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW + CHECK_IN_CLOCK_SKEW_MS + 1)))).toBe('future');
    expect(judgeCheckInWrite(write(checkIn('2026-03-05', NOW - 60_000)))).toBe('future');
    expect(judgeCheckInWrite(write(checkIn('2026-02-20', NOW - 60_000)))).toBe('day-mismatch');
  });

  it('without access control (no writer known) only the time checks apply; an unreadable value needs no flag', () => {
    expect(judgeCheckInWrite(write(checkIn('2026-03-03', NOW, ANN), { writerId: null }))).toBeNull();
    expect(judgeCheckInWrite(write(checkIn('2026-03-09', NOW), { writerId: null }))).toBe('future');
    expect(judgeCheckInWrite(write(null))).toBeNull();
  });
});

describe('check-ins that count for points', () => {
  it('leaves out exactly the flagged values: same key and time', () => {
    const mine = checkIn('2026-03-03', NOW);
    const forged = checkIn('2026-03-03', NOW, ANN);
    const flagged = [{ key: `${ANN}:2026-03-03`, at: NOW, reason: 'not-own' as const }, { key: `${BO}:2026-03-03`, at: NOW - 1, reason: 'replaced' as const }];
    expect(countedCheckIns([mine, forged], flagged)).toEqual([mine]);
    expect(countedCheckIns([mine, forged], [])).toEqual([mine, forged]);
  });
});
