// Weekly and monthly leaderboards over point events: the week runs Monday to Sunday, the month is the
// calendar month, both of the team's calendar day `today`.
import type { UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import { addDays, toDayNumber, weekdayOf } from '../calendar/day-number';
import type { PointEvent } from './compute-points';

export interface DayRange {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

export interface LeaderboardRow {
  readonly userId: UserId;
  readonly points: number;
  /** 1-based; equal points share a rank (1, 1, 3). */
  readonly rank: number;
}

export function weekOf(today: IsoDay): DayRange {
  const sinceMonday = (weekdayOf(toDayNumber(today)) + 6) % 7;
  const from = addDays(today, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

export function monthOf(today: IsoDay): DayRange {
  const from = `${today.slice(0, 8)}01` as IsoDay;
  const next = addDays(from, 31);
  return { from, to: addDays(`${next.slice(0, 8)}01` as IsoDay, -1) };
}

export function leaderboard(events: readonly PointEvent[], range: DayRange): LeaderboardRow[] {
  const totals = new Map<UserId, number>();
  for (const event of events) {
    if (event.day < range.from || event.day > range.to) continue;
    totals.set(event.userId, (totals.get(event.userId) ?? 0) + event.points);
  }
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.map(([userId, points]) => ({ userId, points, rank: 1 + sorted.filter(([, other]) => other > points).length }));
}
