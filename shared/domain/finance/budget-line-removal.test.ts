import { describe, expect, it } from 'vitest';
import { yuan } from '../../money';
import type { BudgetLine } from './budget-line';
import { budgetLineRemoval } from './budget-line-removal';
import type { BudgetLineId, CategoryId } from './finance-ids';
import { costEntry } from './finance-test-fixtures';

const T1 = 'task_T100000001';
const MATERIALS = 'materials' as CategoryId;
const rebar: BudgetLine = { id: 'budget-line_rebar0001' as BudgetLineId, categoryId: MATERIALS, taskId: T1, description: 'Rebar', amount: yuan(5_000) };
const cement: BudgetLine = { id: 'budget-line_cement001' as BudgetLineId, categoryId: MATERIALS, taskId: null, description: 'Cement', amount: yuan(1_000) };
const inputs = (costs: ReturnType<typeof costEntry>[]) => ({ budgetLines: [rebar, cement], costs, labour: [], funds: [] });

describe('what deleting a budget line leaves behind', () => {
  it('reports the category and task spend against the budget that would remain', () => {
    const removal = budgetLineRemoval(rebar, inputs([costEntry(yuan(1_200), { taskId: T1 }), costEntry(yuan(300), { taskId: null })]));
    // materials: ¥6,000 budget − ¥5,000 = ¥1,000 left against ¥1,500 spent; task T1: ¥0 left against ¥1,200
    expect(removal).toEqual({
      category: { actual: yuan(1_500), budgetAfter: yuan(1_000), overAfter: true },
      task: { actual: yuan(1_200), budgetAfter: yuan(0), overAfter: true },
      hasCosts: true,
    });
  });

  it('a line with nothing spent where it budgets has no costs to warn about', () => {
    const removal = budgetLineRemoval(cement, inputs([costEntry(yuan(700), { categoryId: 'machinery' as CategoryId })]));
    expect(removal).toEqual({ category: { actual: yuan(0), budgetAfter: yuan(5_000), overAfter: false }, task: null, hasCosts: false });
  });

  it('a refund that nets the category to zero is not spend', () => {
    const removal = budgetLineRemoval(cement, inputs([costEntry(yuan(400)), costEntry(yuan(-400))]));
    expect(removal.hasCosts).toBe(false);
  });
});
