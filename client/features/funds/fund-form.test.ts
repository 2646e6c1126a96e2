import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { initialFundFields, interpretFundForm } from './fund-form';

const today = '2026-03-10' as IsoDay;

describe('interpretFundForm', () => {
  it('records a planned receipt due today by default, with no paid day', () => {
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '50万', counterparty: ' 甲方 ' })).toEqual({
      ok: true,
      value: { direction: 'receipt', status: 'planned', amount: 50_000_000, dueDay: today, paidDay: null, counterparty: '甲方', workerId: null, categoryId: null, taskId: null, note: '' },
    });
  });

  it('keeps the paid day for a done payment and allows no due date', () => {
    const result = interpretFundForm({ ...initialFundFields(today), direction: 'payment', status: 'done', amountText: '1,000', dueDay: '' });
    expect(result.ok && result.value).toMatchObject({ direction: 'payment', status: 'done', amount: 100_000, dueDay: null, paidDay: today });
  });

  it('says why it cannot be saved', () => {
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '-3' })).toEqual({ ok: false, reason: 'negative' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', status: 'done', paidDay: '' })).toEqual({ ok: false, reason: 'missing-paid-day' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', dueDay: '10/03' })).toEqual({ ok: false, reason: 'invalid-day' });
  });
});
