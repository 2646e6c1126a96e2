import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../calendar/working-calendar';
import { yuan } from '../../money';
import { earnedValue, earnedValueSeries, plannedValue, type EarnedValueInput } from './earned-value';
import { EVM_FIGURES, EVM_FORMULAS, EVM_TEXT_EN, EVM_TEXT_ZH } from './evm-formulas';
import { costEntry, day } from './finance-test-fixtures';

// The classic worked example (BAC 10,000; at the status date PV 5,000, EV 4,000, AC 4,500):
//   SV = 4,000 − 5,000 = −1,000      CV = 4,000 − 4,500 = −500
//   SPI = 4,000 / 5,000 = 0.80       CPI = 4,000 / 4,500 = 0.8889
//   EAC = BAC / CPI = 10,000 × 4,500 / 4,000 = 11,250
//   ETC = EAC − AC = 6,750           VAC = BAC − EAC = −1,250
// as a baseline: task A ¥5,000 over Mon 2 – Fri 6 March 2026, task B ¥5,000 over Mon 9 – Fri 13 March,
// status date Friday 6 March: A is 80 % done, B not started, ¥4,500 spent.
const input: EarnedValueInput = {
  baseline: [
    { taskId: 'A', start: day('2026-03-02'), finish: day('2026-03-06'), budget: yuan(5_000) },
    { taskId: 'B', start: day('2026-03-09'), finish: day('2026-03-13'), budget: yuan(5_000) },
  ],
  progress: [
    { taskId: 'A', day: day('2026-03-04'), percentComplete: 30 },
    { taskId: 'A', day: day('2026-03-06'), percentComplete: 80 },
  ],
  costs: [costEntry(yuan(2_500), { day: day('2026-03-03') }), costEntry(yuan(2_000), { day: day('2026-03-06') }), costEntry(yuan(900), { day: day('2026-03-09') })],
  calendar: makeCalendar(),
};

describe('earned value', () => {
  it('reproduces the worked textbook example at the status date', () => {
    const figures = earnedValue(input, day('2026-03-06'));
    expect(figures).toMatchObject({
      bac: yuan(10_000), pv: yuan(5_000), ev: yuan(4_000), ac: yuan(4_500),
      sv: yuan(-1_000), cv: yuan(-500), eac: yuan(11_250), etc: yuan(6_750), vac: yuan(-1_250),
    });
    expect(figures.spi).toBeCloseTo(0.8, 10);
    expect(figures.cpi).toBeCloseTo(0.8889, 4);
  });

  it('spreads a task’s budget over its working days only: nothing planned over the weekend', () => {
    const a = input.baseline[0];
    if (!a) throw new Error('fixture');
    expect(plannedValue(a, day('2026-03-01'), input.calendar)).toBe(0);
    expect(plannedValue(a, day('2026-03-03'), input.calendar)).toBe(yuan(2_000));
    expect(earnedValue(input, day('2026-03-07')).pv).toBe(yuan(5_000));
    expect(earnedValue(input, day('2026-03-08')).pv).toBe(yuan(5_000));
    expect(earnedValue(input, day('2026-03-10')).pv).toBe(yuan(7_000));
  });

  it('over time uses the progress reported by each day, and has no EAC before anything is earned', () => {
    const series = earnedValueSeries(input, [day('2026-03-02'), day('2026-03-04'), day('2026-03-06')]);
    expect(series.map((point) => [point.pv, point.ev, point.ac])).toEqual([
      [yuan(1_000), 0, 0],
      [yuan(3_000), yuan(1_500), yuan(2_500)],
      [yuan(5_000), yuan(4_000), yuan(4_500)],
    ]);
    expect(series[0]).toMatchObject({ spi: 0, cpi: null, eac: null, etc: null, vac: null });
  });

  it('explains every figure in plain words in both languages', () => {
    expect(EVM_FORMULAS.map((formula) => formula.figure)).toEqual([...EVM_FIGURES]);
    for (const formula of EVM_FORMULAS) {
      expect(EVM_TEXT_EN[formula.textKey].length).toBeGreaterThan(20);
      expect(EVM_TEXT_ZH[formula.textKey].length).toBeGreaterThan(5);
    }
    expect(EVM_FORMULAS.find((formula) => formula.figure === 'eac')?.formula).toBe('EAC = BAC ÷ CPI');
  });
});
