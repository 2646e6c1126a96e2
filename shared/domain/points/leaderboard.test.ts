import { describe, expect, it } from 'vitest';
import type { UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import type { PointEvent } from './compute-points';
import { leaderboard, monthOf, weekOf } from './leaderboard';

const ANN = 'user_Ann00000001' as UserId;
const BEN = 'user_Ben00000001' as UserId;
const CAT = 'user_Cat00000001' as UserId;
const event = (userId: UserId, day: string, points: number): PointEvent => ({ userId, day: day as IsoDay, rule: 'checkIn', points, key: `${userId}:${day}` });

describe('leaderboard', () => {
  it('weeks run Monday to Sunday and months are calendar months', () => {
    expect(weekOf('2026-03-04' as IsoDay)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-08' as IsoDay)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(monthOf('2026-02-14' as IsoDay)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthOf('2026-12-31' as IsoDay)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('sums points inside the range, highest first, equal points share a rank', () => {
    const events = [event(ANN, '2026-03-01', 50), event(ANN, '2026-03-02', 10), event(BEN, '2026-03-03', 10), event(CAT, '2026-03-04', 30)];
    expect(leaderboard(events, weekOf('2026-03-04' as IsoDay))).toEqual([
      { userId: CAT, points: 30, rank: 1 }, { userId: ANN, points: 10, rank: 2 }, { userId: BEN, points: 10, rank: 2 },
    ]);
    expect(leaderboard(events, monthOf('2026-03-04' as IsoDay))[0]).toEqual({ userId: ANN, points: 60, rank: 1 });
  });
});
