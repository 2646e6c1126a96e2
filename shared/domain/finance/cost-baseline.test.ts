import { describe, expect, it } from 'vitest';
import { yuan } from '../../money';
import type { BudgetLine } from './budget-line';
import { costBaseline } from './cost-baseline';
import type { BudgetLineId, CategoryId } from './finance-ids';
import { day } from './finance-test-fixtures';

function line(taskId: string | null, amount: number, categoryId = 'materials'): BudgetLine {
  return { id: `bl_${taskId}${amount}` as BudgetLineId, categoryId: categoryId as CategoryId, taskId, description: '', amount: yuan(amount) };
}

describe('cost baseline', () => {
  it('sums each task’s budget lines over categories and takes its baseline dates', () => {
    const dates = { A: { start: day('2026-03-02'), finish: day('2026-03-06') }, B: { start: day('2026-03-09'), finish: day('2026-03-13') } };
    const baseline = costBaseline(dates, [line('A', 3_000), line('A', 2_000, 'labour'), line('B', 5_000), line(null, 700), line('gone', 300)]);
    expect(baseline.tasks).toEqual([
      { taskId: 'A', start: '2026-03-02', finish: '2026-03-06', budget: yuan(5_000) },
      { taskId: 'B', start: '2026-03-09', finish: '2026-03-13', budget: yuan(5_000) },
    ]);
    expect(baseline.unspreadBudget).toBe(yuan(1_000));
  });
});
