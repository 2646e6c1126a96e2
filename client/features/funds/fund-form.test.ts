import { describe, expect, it } from 'vitest';
import type { FundEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { fundFieldsFromEntry, fundFormPatch, initialFundFields, interpretFundForm } from './fund-form';

const today = '2026-03-10' as IsoDay;

describe('interpretFundForm', () => {
  it('records a planned receipt due today by default, with no paid day', () => {
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '50万', counterparty: ' 甲方 ' }, today)).toEqual({
      ok: true,
      value: { direction: 'receipt', status: 'planned', amount: 50_000_000, dueDay: today, paidDay: null, counterparty: '甲方', workerId: null, categoryId: null, taskId: null, note: '' },
    });
  });

  it('keeps the paid day for a done payment and allows no due date', () => {
    const result = interpretFundForm({ ...initialFundFields(today), direction: 'payment', status: 'done', amountText: '1,000', dueDay: '' }, today);
    expect(result.ok && result.value).toMatchObject({ direction: 'payment', status: 'done', amount: 100_000, dueDay: null, paidDay: today });
  });

  it('says why it cannot be saved', () => {
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '-3' }, today)).toEqual({ ok: false, reason: 'negative' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', status: 'done', paidDay: '' }, today)).toEqual({ ok: false, reason: 'missing-paid-day' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', dueDay: '10/03' }, today)).toEqual({ ok: false, reason: 'invalid-day' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', status: 'done', paidDay: '2026-02-30' }, today)).toEqual({ ok: false, reason: 'invalid-day' });
    expect(interpretFundForm({ ...initialFundFields(today), amountText: '3', status: 'done', paidDay: '2026-03-12' }, today)).toEqual({ ok: false, reason: 'paid-day-in-future' });
  });
});

describe('editing a fund entry', () => {
  const entry = {
    id: 'fund-entry_0001' as FundEntry['id'], direction: 'payment', status: 'planned', amount: 123_456_78 as Fen, dueDay: '2026-03-01' as IsoDay, paidDay: null,
    counterparty: '华新水泥', workerId: 'worker_0001' as FundEntry['workerId'], categoryId: null, taskId: null, note: 'bags',
  } satisfies FundEntry;

  it('puts the entry back in the form and reads it back unchanged, offering today as the paid day', () => {
    const fields = fundFieldsFromEntry(entry, today);
    expect(fields).toMatchObject({ amountText: '123,456.78', dueDay: '2026-03-01', paidDay: today, status: 'planned' });
    const input = interpretFundForm(fields, today);
    expect(input.ok && fundFormPatch(input.value)).toEqual({ direction: 'payment', status: 'planned', amount: 123_456_78, dueDay: '2026-03-01', paidDay: null, counterparty: '华新水泥', note: 'bags' });
  });

  it('planned → paid keeps the chosen paid date and never touches the worker the payment settles', () => {
    const input = interpretFundForm({ ...fundFieldsFromEntry(entry, today), status: 'done', paidDay: '2026-03-09' }, today);
    const patch = input.ok ? fundFormPatch(input.value) : null;
    expect(patch).toMatchObject({ status: 'done', paidDay: '2026-03-09' });
    expect(patch).not.toHaveProperty('workerId');
  });
});
