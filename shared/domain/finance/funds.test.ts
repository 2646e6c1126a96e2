import { describe, expect, it } from 'vitest';
import { yuan } from '../../money';
import { cashBalanceSeries, cashForecast } from './cash-flow';
import { day, fundEntry } from './finance-test-fixtures';
import { fundsPosition } from './funds-position';

const TODAY = day('2026-03-10');
const entries = [
  fundEntry({ direction: 'receipt', amount: yuan(100_000), paidDay: day('2026-03-01'), counterparty: '业主' }),
  fundEntry({ direction: 'payment', amount: yuan(30_000), paidDay: day('2026-03-05'), counterparty: '建材公司' }),
  fundEntry({ direction: 'payment', amount: yuan(2_000), paidDay: day('2026-03-05') }),
  // planned: one overdue payment, one future receipt, one undated payment
  fundEntry({ direction: 'payment', amount: yuan(8_000), status: 'planned', dueDay: day('2026-03-08'), paidDay: null }),
  fundEntry({ direction: 'receipt', amount: yuan(50_000), status: 'planned', dueDay: day('2026-03-31'), paidDay: null }),
  fundEntry({ direction: 'payment', amount: yuan(1_000), status: 'planned', dueDay: null, paidDay: null }),
];

describe('funds position', () => {
  it('cash balance from done entries; receivables and payables from planned ones, overdue apart', () => {
    expect(fundsPosition(entries, TODAY)).toEqual({
      received: yuan(100_000),
      paid: yuan(32_000),
      cashBalance: yuan(68_000),
      receivables: yuan(50_000),
      overdueReceivables: 0,
      payables: yuan(9_000),
      overduePayables: yuan(8_000),
    });
  });

  it('a payment recorded as done with a future date is not cash yet', () => {
    const ahead = [...entries, fundEntry({ direction: 'payment', amount: yuan(5_000), paidDay: day('2026-03-20') })];
    expect(fundsPosition(ahead, TODAY).cashBalance).toBe(yuan(68_000));
  });
});

describe('cash over time', () => {
  it('balance after each day with money moving', () => {
    expect(cashBalanceSeries(entries, yuan(1_000))).toEqual([
      { day: '2026-03-01', inflow: yuan(100_000), outflow: 0, balance: yuan(101_000) },
      { day: '2026-03-05', inflow: 0, outflow: yuan(32_000), balance: yuan(69_000) },
    ]);
  });

  it('forecast continues from today’s balance: overdue and undated planned entries today, the rest on their due day', () => {
    expect(cashForecast(entries, TODAY)).toEqual([
      { day: '2026-03-10', inflow: 0, outflow: yuan(9_000), balance: yuan(59_000) },
      { day: '2026-03-31', inflow: yuan(50_000), outflow: 0, balance: yuan(109_000) },
    ]);
  });

  it('a payment done with a paid day after today is not in today’s balance but shows in the forecast on that day', () => {
    const ahead = [...entries, fundEntry({ direction: 'payment', amount: yuan(5_000), paidDay: day('2026-03-11') })];
    expect(cashForecast(ahead, TODAY)).toEqual([
      { day: '2026-03-10', inflow: 0, outflow: yuan(9_000), balance: yuan(59_000) },
      { day: '2026-03-11', inflow: 0, outflow: yuan(5_000), balance: yuan(54_000) },
      { day: '2026-03-31', inflow: yuan(50_000), outflow: 0, balance: yuan(104_000) },
    ]);
  });
});
