import { describe, expect, it } from 'vitest';
import type { CategoryId, CostEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { amountProblemKey, costFieldsFromEntry, interpretCostForm, parsePositiveAmount, type CostFormFields } from './cost-form';

const fields: CostFormFields = {
  day: '2026-03-02', categoryId: 'materials' as CategoryId, amountText: '1,234.50', taskId: '', supplier: ' 华新水泥 ', invoiceNumber: 'FP-01', note: '',
};

describe('interpretCostForm', () => {
  it('turns typed text into an exact cost in fen, trimmed, with no task for the whole project', () => {
    expect(interpretCostForm(fields)).toEqual({
      ok: true,
      value: { day: '2026-03-02', categoryId: 'materials', amount: 123_450, taskId: null, supplier: '华新水泥', invoiceNumber: 'FP-01', note: '' },
    });
  });

  it('reads amounts the way people type them, 万 included', () => {
    const result = interpretCostForm({ ...fields, amountText: '1.2万', taskId: 'task-0001' });
    expect(result.ok && result.value).toMatchObject({ amount: 1_200_000, taskId: 'task-0001' });
  });

  it('says which field is wrong and why', () => {
    expect(interpretCostForm({ ...fields, day: '' })).toEqual({ ok: false, reason: 'invalid-day' });
    expect(interpretCostForm({ ...fields, amountText: 'abc' })).toEqual({ ok: false, reason: 'not-a-number' });
    expect(interpretCostForm({ ...fields, amountText: '1.234' })).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(interpretCostForm({ ...fields, amountText: '0' })).toEqual({ ok: false, reason: 'zero' });
  });

  it('accepts a negative amount as a credit note', () => {
    const result = interpretCostForm({ ...fields, amountText: '-200' });
    expect(result.ok && result.value.amount).toBe(-20_000);
  });
});

describe('parsePositiveAmount', () => {
  it('refuses zero and negative amounts and passes on parse errors', () => {
    expect(parsePositiveAmount('¥88')).toEqual({ ok: true, value: 8_800 });
    expect(parsePositiveAmount('0.00')).toEqual({ ok: false, reason: 'zero' });
    expect(parsePositiveAmount('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parsePositiveAmount('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('names the message for each problem', () => {
    expect(amountProblemKey('bad-grouping')).toBe('money.error.bad-grouping');
  });
});

describe('costFieldsFromEntry', () => {
  it('puts a saved cost (a credit note here) back in the form so saving it unchanged writes the same cost', () => {
    const entry = {
      id: 'cost-entry_0001', day: '2026-03-02' as IsoDay, categoryId: 'materials' as CategoryId, amount: -123_450 as Fen, taskId: 'task-0001',
      supplier: '华新水泥', invoiceNumber: 'FP-01', note: 'returned bags', enteredBy: null, source: 'entry',
    } satisfies CostEntry;
    const fields = costFieldsFromEntry(entry);
    expect(fields.amountText).toBe('-1,234.50');
    expect(interpretCostForm(fields)).toEqual({
      ok: true,
      value: { day: '2026-03-02', categoryId: 'materials', amount: -123_450, taskId: 'task-0001', supplier: '华新水泥', invoiceNumber: 'FP-01', note: 'returned bags' },
    });
  });
});
