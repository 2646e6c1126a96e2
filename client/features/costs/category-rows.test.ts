import { describe, expect, it } from 'vitest';
import type { BudgetLine, CategoryId, CostCategory, CostEntry, FundEntry } from '../../../shared/domain/finance';
import { defaultCategories } from '../../../shared/domain/finance';
import { yuan } from '../../../shared/money';
import { categoryNamer, categoryRows, hasEntries } from './category-rows';

const SCAFFOLD = { id: 'scaffold-0001' as CategoryId, name: 'Scaffolding', rank: 'b0' } satisfies CostCategory;
const cost = (categoryId: CategoryId, amount: number): CostEntry => ({
  id: `c-${categoryId}-${amount}`, day: '2026-03-02', categoryId, amount: yuan(amount), taskId: null, supplier: '', invoiceNumber: '', note: '', enteredBy: null, source: 'entry',
} as CostEntry);
const line = (categoryId: CategoryId, amount: number): BudgetLine => ({ id: `l-${amount}`, categoryId, taskId: null, description: '', amount: yuan(amount) } as BudgetLine);

describe('category rows', () => {
  it('sums what is spent and budgeted per category, and says why a built-in one stays', () => {
    const rows = categoryRows([...defaultCategories('en'), SCAFFOLD], [cost(SCAFFOLD.id, 100), cost(SCAFFOLD.id, -20), cost('labour' as CategoryId, 5)], [line(SCAFFOLD.id, 300)]);
    expect(rows.find((row) => row.category.id === SCAFFOLD.id)).toMatchObject({ spent: yuan(80), budget: yuan(300), costCount: 2, lineCount: 1, keep: null });
    expect(rows.find((row) => row.category.id === 'labour')).toMatchObject({ spent: yuan(5), keep: 'labour' });
    expect(rows.find((row) => row.category.id === 'other')).toMatchObject({ spent: 0, budget: 0, keep: 'other' });
    expect(rows.find((row) => row.category.id === 'materials')?.keep).toBe('built-in');
  });

  it('counts the fund entries tagged with a category, and whether anything is booked under it at all', () => {
    const fund = (categoryId: CategoryId | null, amount: number) => ({
      id: `f-${amount}`, direction: 'payment', status: 'planned', amount: yuan(amount), dueDay: null, paidDay: null, counterparty: '', workerId: null, categoryId, taskId: null, note: '',
    } as FundEntry);
    const rows = categoryRows([SCAFFOLD, ...defaultCategories('en')], [], [], [fund(SCAFFOLD.id, 800), fund(SCAFFOLD.id, 200), fund(null, 5)]);
    const [scaffold] = rows;
    expect(scaffold).toMatchObject({ fundCount: 2, fundAmount: yuan(1_000), costCount: 0, lineCount: 0 });
    expect(scaffold && hasEntries(scaffold)).toBe(true);
    expect(rows.filter(hasEntries)).toHaveLength(1);
  });

  it('names a removed category as removed, and an unknown id as itself', () => {
    const name = categoryNamer(defaultCategories('en'), [SCAFFOLD], (one) => `${one} (removed)`);
    expect(name('materials')).toBe('Materials');
    expect(name(SCAFFOLD.id)).toBe('Scaffolding (removed)');
    expect(name('nope')).toBe('nope');
  });
});
