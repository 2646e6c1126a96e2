import { describe, expect, it } from 'vitest';
import type { CategoryId, CostEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { filterCosts, NO_FILTER, WHOLE_PROJECT_TASK } from './cost-filters';

const cost = (id: string, day: string, categoryId: string, amount: number, taskId: string | null, supplier: string): CostEntry => ({
  id, day: day as IsoDay, categoryId: categoryId as CategoryId, amount: amount as Fen, taskId, supplier, invoiceNumber: '', note: '', enteredBy: null, source: 'entry',
});

const costs = [
  cost('a', '2026-03-01', 'materials', 10_000, 'task-1', '华新水泥'),
  cost('b', '2026-03-05', 'machinery', 25_050, null, 'Crane Hire Ltd'),
  cost('c', '2026-03-03', 'materials', -1_000, 'task-2', '华新水泥'),
];

describe('filterCosts', () => {
  it('without a filter shows every cost, newest first, with the exact total', () => {
    const result = filterCosts(costs, NO_FILTER);
    expect(result.entries.map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
    expect(result.total).toBe(34_050);
  });

  it('narrows by category, task, whole project, inclusive date range and supplier text', () => {
    const ids = (filter: Partial<typeof NO_FILTER>): string[] => filterCosts(costs, { ...NO_FILTER, ...filter }).entries.map((entry) => entry.id);
    expect(ids({ categoryId: 'materials' })).toEqual(['c', 'a']);
    expect(ids({ taskId: 'task-2' })).toEqual(['c']);
    expect(ids({ taskId: WHOLE_PROJECT_TASK })).toEqual(['b']);
    expect(ids({ from: '2026-03-03', to: '2026-03-05' })).toEqual(['b', 'c']);
    expect(ids({ supplier: ' crane ' })).toEqual(['b']);
  });

  it('totals only what is shown, credit notes included', () => {
    expect(filterCosts(costs, { ...NO_FILTER, categoryId: 'materials' }).total).toBe(9_000);
  });
});
