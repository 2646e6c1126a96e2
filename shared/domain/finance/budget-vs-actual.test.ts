import { describe, expect, it } from 'vitest';
import { yuan } from '../../money';
import type { BudgetLine } from './budget-line';
import { compareBudget } from './budget-vs-actual';
import type { BudgetLineId, CategoryId } from './finance-ids';
import { costEntry, fundEntry, labourRecord } from './finance-test-fixtures';
import { actualCosts } from './labour-costs';

const T1 = 'task_T100000001';
function line(categoryId: string, amount: number, taskId: string | null = null): BudgetLine {
  return { id: `bl_${categoryId}${amount}` as BudgetLineId, categoryId: categoryId as CategoryId, taskId, description: '', amount: yuan(amount) };
}

// Budgets: labour ¥1,000 (T1), materials ¥5,000 (T1), machinery ¥2,000.
// Labour: signed ¥350 + ¥350 on T1; unsigned ¥700 on T1 (committed) → labour forecast ¥1,400 > ¥1,000.
// Materials: ¥5,200 spent → over budget. Machinery: ¥1,500 spent + ¥400 planned payment → fine.
const labour = [
  labourRecord({ taskId: T1 }),
  labourRecord({ taskId: T1 }),
  labourRecord({ taskId: T1, manDays: 2, signOff: 'pending', signedBy: null, signedAt: null }),
];
const inputs = {
  budgetLines: [line('labour', 1_000, T1), line('materials', 5_000, T1), line('machinery', 2_000)],
  costs: actualCosts([costEntry(yuan(5_200), { taskId: T1 }), costEntry(yuan(1_500), { categoryId: 'machinery' as CategoryId })], labour),
  labour,
  funds: [fundEntry({ direction: 'payment', amount: yuan(400), status: 'planned', paidDay: null, categoryId: 'machinery' as CategoryId })],
};

describe('budget vs actual', () => {
  it('per category, with spent-over and forecast-over warnings', () => {
    const { rows, total } = compareBudget(inputs, 'category');
    expect(rows.map((r) => [r.key, r.budget, r.actual, r.committed, r.planned, r.forecast, r.remaining, r.warning])).toEqual([
      ['labour', yuan(1_000), yuan(700), yuan(700), 0, yuan(1_400), yuan(300), 'forecast-over-budget'],
      ['machinery', yuan(2_000), yuan(1_500), 0, yuan(400), yuan(1_900), yuan(500), null],
      ['materials', yuan(5_000), yuan(5_200), 0, 0, yuan(5_200), yuan(-200), 'over-budget'],
    ]);
    expect(rows.map((r) => r.usedPercent)).toEqual([70, 75, 104]);
    expect(total).toMatchObject({ budget: yuan(8_000), actual: yuan(7_400), committed: yuan(700), planned: yuan(400), forecast: yuan(8_500), warning: 'forecast-over-budget' });
  });

  it('per task: the untied rest groups under ""', () => {
    const { rows } = compareBudget(inputs, 'task');
    expect(rows.map((r) => [r.key, r.budget, r.actual, r.warning])).toEqual([
      ['', yuan(2_000), yuan(1_500), null],
      [T1, yuan(6_000), yuan(5_900), 'forecast-over-budget'],
    ]);
  });

  it('spending with no budget at all is an overrun', () => {
    const { rows } = compareBudget({ budgetLines: [], costs: [costEntry(yuan(1))], labour: [], funds: [] }, 'category');
    expect(rows[0]).toMatchObject({ key: 'materials', warning: 'over-budget', usedPercent: null });
  });
});
