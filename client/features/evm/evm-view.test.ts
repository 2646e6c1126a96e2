import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { BudgetLine, BudgetLineId, CategoryId, CostEntry } from '../../../shared/domain/finance';
import type { BaselineId, TaskId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { yuan, type Fen } from '../../../shared/money';
import type { Baseline } from '../../../shared/schema';
import { dayToChartX } from '../../ui/chart/chart-data';
import { evmChartSeries } from './evm-chart';
import { evmFigureRows, formatRatio, isUnfavourable } from './evm-figures';
import { chooseBaseline, curveDays, evmView, MAX_CURVE_POINTS, type EvmSources } from './evm-view';

const day = (text: string): IsoDay => text as IsoDay;
const A = 'task_A0000001' as TaskId;
const B = 'task_B0000001' as TaskId;
const line = (taskId: string | null, amount: Fen): BudgetLine => ({ id: `budget-line_${taskId ?? 'none'}` as BudgetLineId, categoryId: 'labour' as CategoryId, taskId, description: '', amount });
const cost = (on: string, amount: Fen): CostEntry => ({ id: on, day: day(on), categoryId: 'labour' as CategoryId, amount, taskId: null, supplier: '', invoiceNumber: '', note: '', enteredBy: null, source: 'entry' });
const baseline = (id: string, savedAt: number): Baseline => ({
  id: id as BaselineId, name: id, savedAt, savedBy: null,
  tasks: { [A]: { start: day('2026-03-02'), finish: day('2026-03-06'), duration: 5 }, [B]: { start: day('2026-03-09'), finish: day('2026-03-13'), duration: 5 } },
});

// The textbook example of shared/domain/finance/earned-value.test.ts, as the screen gets it: two ¥5,000
// tasks over two working weeks, A 80 % done and B not started on Friday 6 March, ¥4,500 spent; plus
// ¥700 budgeted for the whole project, which no baseline date can spread.
const sources: EvmSources = {
  baseline: baseline('first', 1),
  tasks: [{ id: A, percentComplete: 80 }, { id: B, percentComplete: 0 }],
  budgetLines: [line(A, yuan(5_000)), line(B, yuan(5_000)), line(null, yuan(700))],
  costs: [cost('2026-03-03', yuan(2_500)), cost('2026-03-06', yuan(2_000))],
  calendar: makeCalendar(),
  today: day('2026-03-06'),
};

describe('evmView', () => {
  it('says there is no baseline when none is saved', () => {
    expect(evmView({ ...sources, baseline: null })).toEqual({ kind: 'no-baseline' });
  });

  it('says there is nothing to spread when no budget line is tied to a baseline task', () => {
    expect(evmView({ ...sources, budgetLines: [line(null, yuan(700))] })).toEqual({ kind: 'no-budget', unspreadBudget: yuan(700) });
  });

  it("gives today's figures of the worked example and reports the unspread budget apart", () => {
    const view = evmView(sources);
    if (view.kind !== 'ready') throw new Error(view.kind);
    expect(view.today).toMatchObject({ bac: yuan(10_000), pv: yuan(5_000), ev: yuan(4_000), ac: yuan(4_500), sv: yuan(-1_000), cv: yuan(-500), eac: yuan(11_250), etc: yuan(6_750), vac: yuan(-1_250) });
    expect(view.unspreadBudget).toBe(yuan(700));
  });

  it('draws the curves from the first baseline or cost day to the baseline finish, PV rising to BAC', () => {
    const view = evmView(sources);
    if (view.kind !== 'ready') throw new Error(view.kind);
    expect(view.curve[0]?.day).toBe('2026-03-02');
    expect(view.curve.at(-1)).toMatchObject({ day: '2026-03-13', pv: yuan(10_000) });
    expect(view.curve.find((point) => point.day === '2026-03-10')?.pv).toBe(yuan(7_000));
  });
});

describe('chooseBaseline', () => {
  it('takes the chosen one, else the one saved last', () => {
    const older = baseline('older', 1);
    const newer = baseline('newer', 2);
    expect(chooseBaseline([older, newer], null)).toBe(newer);
    expect(chooseBaseline([older, newer], 'older')).toBe(older);
    expect(chooseBaseline([older, newer], 'deleted-one')).toBe(newer);
    expect(chooseBaseline([], null)).toBeNull();
  });
});

describe('curveDays', () => {
  it('keeps every day of a short span and thins a long one, keeping both ends and today', () => {
    expect(curveDays(day('2026-03-01'), day('2026-03-04'), day('2026-03-02'))).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    const long = curveDays(day('2026-01-01'), day('2028-12-31'), day('2027-05-17'));
    expect(long.length).toBeLessThanOrEqual(MAX_CURVE_POINTS + 2);
    expect([long[0], long.at(-1)]).toEqual(['2026-01-01', '2028-12-31']);
    expect(long).toContain('2027-05-17');
    expect([...long].sort()).toEqual(long);
  });
});

describe('evm chart and figures', () => {
  const view = evmView(sources);
  if (view.kind !== 'ready') throw new Error(view.kind);

  it('draws PV over the whole baseline, AC up to today and EV at today only', () => {
    const [pv, ev, ac] = evmChartSeries(view.curve, sources.today, { pv: 'PV', ev: 'EV', ac: 'AC' });
    expect(pv?.points).toHaveLength(12);
    expect(pv?.dashed).toBe(true);
    expect(ev?.points).toEqual([{ x: dayToChartX(day('2026-03-06')), y: yuan(4_000) }]);
    expect(ac?.points.at(-1)).toEqual({ x: dayToChartX(day('2026-03-06')), y: yuan(4_500) });
    expect(ac?.points).toHaveLength(5);
  });

  it('lists every figure with its formula, ratios to two decimals, and marks the unfavourable ones', () => {
    const rows = evmFigureRows(view.today);
    expect(rows.map((row) => row.figure)).toEqual(['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac']);
    const spi = rows.find((row) => row.figure === 'spi');
    const cpi = rows.find((row) => row.figure === 'cpi');
    expect(spi?.value.kind === 'ratio' && formatRatio(spi.value.value)).toBe('0.80');
    expect(cpi?.value.kind === 'ratio' && formatRatio(cpi.value.value)).toBe('0.89');
    expect(rows.filter(isUnfavourable).map((row) => row.figure)).toEqual(['sv', 'cv', 'spi', 'cpi', 'vac']);
    expect(rows.find((row) => row.figure === 'eac')?.formula).toBe('EAC = BAC ÷ CPI');
  });

  it('shows no forecast before anything is earned', () => {
    const early = evmView({ ...sources, tasks: [{ id: A, percentComplete: 0 }] });
    if (early.kind !== 'ready') throw new Error(early.kind);
    const rows = evmFigureRows(early.today);
    expect(rows.filter((row) => row.value.kind === 'none').map((row) => row.figure)).toEqual(['eac', 'etc', 'vac']);
  });
});
