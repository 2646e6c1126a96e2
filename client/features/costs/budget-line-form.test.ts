import { describe, expect, it } from 'vitest';
import type { BudgetLine, BudgetLineId, CategoryId } from '../../../shared/domain/finance';
import { fen } from '../../../shared/money';
import { blankBudgetLineFields, budgetLineFieldsFromLine, interpretBudgetLineForm } from './budget-line-form';

const MATERIALS = 'materials' as CategoryId;
const line: BudgetLine = { id: 'budget-line_0000001' as BudgetLineId, categoryId: MATERIALS, taskId: 'task_T100000001', description: 'Rebar', amount: fen(123_456_789) };

describe('budget line form', () => {
  it('turns typed text into an exact line; no task means the whole project', () => {
    expect(interpretBudgetLineForm({ ...blankBudgetLineFields(MATERIALS), description: ' Cement ', amountText: '1.2万' })).toEqual({
      ok: true, value: { categoryId: MATERIALS, taskId: null, description: 'Cement', amount: 1_200_000 },
    });
  });

  it('an existing line comes back into the form and saves unchanged', () => {
    const fields = budgetLineFieldsFromLine(line);
    expect(fields).toEqual({ categoryId: MATERIALS, taskId: 'task_T100000001', description: 'Rebar', amountText: '1,234,567.89' });
    const { id: _id, ...input } = line;
    expect(interpretBudgetLineForm(fields)).toEqual({ ok: true, value: input });
  });

  it('refuses an empty, zero, negative or finer-than-a-fen amount with its reason', () => {
    const with_ = (amountText: string) => interpretBudgetLineForm({ ...blankBudgetLineFields(MATERIALS), amountText });
    expect(with_('')).toEqual({ ok: false, reason: 'empty' });
    expect(with_('0')).toEqual({ ok: false, reason: 'zero' });
    expect(with_('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(with_('1.001')).toEqual({ ok: false, reason: 'too-many-decimals' });
  });
});
