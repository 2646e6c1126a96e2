// Cash over time: the balance after each day with money moving (from done entries), and a forecast
// that continues from today's balance through planned entries by due day. Overdue or undated planned
// entries are assumed to happen today: money owed doesn't vanish because its date passed.
import type { IsoDay } from '../../iso-day';
import { addFen, subFen, ZERO_FEN, type Fen } from '../../money';
import { forecastDay, type FundEntry } from './fund-entry';

export interface CashPoint {
  readonly day: IsoDay;
  readonly inflow: Fen;
  readonly outflow: Fen;
  /** Balance at the end of the day. */
  readonly balance: Fen;
}

/** Done entries, one point per day that had any, in day order. Entries done without a paid day are skipped. */
export function cashBalanceSeries(entries: readonly FundEntry[], opening: Fen = ZERO_FEN): CashPoint[] {
  const moves: { day: IsoDay; entry: FundEntry }[] = [];
  for (const entry of entries) if (entry.status === 'done' && entry.paidDay !== null) moves.push({ day: entry.paidDay, entry });
  return accumulate(moves, opening);
}

/** The balance as of today, then planned entries by the day they are expected. */
export function cashForecast(entries: readonly FundEntry[], today: IsoDay, opening: Fen = ZERO_FEN): CashPoint[] {
  const past = cashBalanceSeries(entries.filter((entry) => entry.paidDay === null || entry.paidDay <= today), opening);
  const start = past.at(-1)?.balance ?? opening;
  const planned = entries.filter((entry) => entry.status === 'planned').map((entry) => ({ day: forecastDay(entry, today), entry }));
  // done with a paid day after today (tomorrow's value date, or a device with a wrong clock): not cash yet,
  // so not in today's balance, but it is expected on that day, so the forecast shows it there
  const ahead = entries.flatMap((entry) => (entry.status === 'done' && entry.paidDay !== null && entry.paidDay > today ? [{ day: entry.paidDay, entry }] : []));
  return accumulate([...planned, ...ahead], start);
}

function accumulate(moves: readonly { day: IsoDay; entry: FundEntry }[], opening: Fen): CashPoint[] {
  const byDay = new Map<IsoDay, { inflow: Fen; outflow: Fen }>();
  for (const { day, entry } of moves) {
    const point = byDay.get(day) ?? { inflow: ZERO_FEN, outflow: ZERO_FEN };
    if (entry.direction === 'receipt') point.inflow = addFen(point.inflow, entry.amount);
    else point.outflow = addFen(point.outflow, entry.amount);
    byDay.set(day, point);
  }
  let balance = opening;
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, { inflow, outflow }]) => {
      balance = subFen(addFen(balance, inflow), outflow);
      return { day, inflow, outflow, balance };
    });
}
