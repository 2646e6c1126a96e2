import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BudgetLineId, CategoryId, CostEntryId, FundEntryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { fen, yuan } from '../money';
import { addBudgetLine, deleteBudgetLine, updateBudgetLine } from './finance-budget-commands';
import { deleteCost, recordCost, updateCost, type CostInput } from './finance-cost-commands';
import { deleteFund, recordFund, updateFund, type FundInput } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { ALICE, NOW, TODAY, ORIGIN, syncAll } from './test-fixtures';

const MATERIALS = 'materials' as CategoryId;
const MONDAY = '2026-03-02' as IsoDay;
const FRIDAY = '2026-03-06' as IsoDay;
const TEAMMATE = { name: 'teammate' };

const cost: CostInput = { day: MONDAY, categoryId: MATERIALS, amount: yuan(1_200), taskId: null, supplier: 'Hengtai', invoiceNumber: 'FP-1', note: '' };
const receipt: FundInput = {
  direction: 'receipt', status: 'planned', amount: yuan(12_000), dueDay: FRIDAY, paidDay: null, counterparty: 'Harbour Authority', workerId: null, categoryId: null, taskId: null, note: '',
};

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function recordedFund(doc: Y.Doc, input: FundInput = receipt): FundEntryId {
  return value(recordFund(doc, input, TODAY, NOW, ORIGIN));
}

describe('editing and deleting costs', () => {
  it('changes only the given fields, trimmed, and deletes by id', () => {
    const doc = new Y.Doc();
    const id = value(recordCost(doc, cost, ALICE, NOW, ORIGIN));
    expect(updateCost(doc, id, { amount: yuan(1_350), supplier: ' Hengtai Steel ' }, NOW + 1, ORIGIN)).toEqual({ ok: true, value: undefined });
    expect(readFinance(doc).costEntries[0]).toMatchObject({ id, amount: yuan(1_350), supplier: 'Hengtai Steel', invoiceNumber: 'FP-1', day: MONDAY });
    expect(deleteCost(doc, id, ORIGIN)).toEqual({ ok: true, value: undefined });
    expect(readFinance(doc).costEntries).toEqual([]);
  });

  it('refuses a zero amount, a bad day and an unknown id, writing nothing', () => {
    const doc = new Y.Doc();
    const id = value(recordCost(doc, cost, ALICE, NOW, ORIGIN));
    const before = Y.encodeStateAsUpdate(doc);
    expect(updateCost(doc, id, { amount: fen(0) }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(updateCost(doc, id, { day: '2026-02-30' as IsoDay }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-day' });
    expect(updateCost(doc, 'cost-entry_missing01' as CostEntryId, { amount: yuan(1) }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'cost-not-found' });
    expect(deleteCost(doc, 'cost-entry_missing01' as CostEntryId, ORIGIN)).toEqual({ ok: false, reason: 'cost-not-found' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('editing and deleting budget lines', () => {
  it('changes the amount and task of a line, refuses a negative amount, deletes it', () => {
    const doc = new Y.Doc();
    const id = value(addBudgetLine(doc, { categoryId: MATERIALS, taskId: null, description: 'Rebar', amount: yuan(5_000) }, ORIGIN));
    expect(updateBudgetLine(doc, id, { amount: yuan(5_500), description: ' Rebar, 12 mm ' }, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).budgetLines[0]).toMatchObject({ id, amount: yuan(5_500), description: 'Rebar, 12 mm', categoryId: MATERIALS });
    expect(updateBudgetLine(doc, id, { amount: fen(-1) }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(readFinance(doc).budgetLines[0]?.amount).toBe(yuan(5_500));
    expect(deleteBudgetLine(doc, id, ORIGIN).ok).toBe(true);
    expect(deleteBudgetLine(doc, id as BudgetLineId, ORIGIN)).toEqual({ ok: false, reason: 'budget-line-not-found' });
  });
});

describe('editing and deleting fund entries', () => {
  it('moves a planned receipt to done with its paid day, and back to planned clears the paid day', () => {
    const doc = new Y.Doc();
    const id = recordedFund(doc);
    expect(updateFund(doc, id, { status: 'done', paidDay: FRIDAY, amount: yuan(11_800) }, TODAY, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).fundEntries[0]).toMatchObject({ id, status: 'done', paidDay: FRIDAY, amount: yuan(11_800), dueDay: FRIDAY, counterparty: 'Harbour Authority' });
    expect(updateFund(doc, id, { status: 'planned' }, TODAY, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).fundEntries[0]).toMatchObject({ status: 'planned', paidDay: null });
  });

  it('refuses done without a paid day, a non-positive amount and an unknown id, writing nothing', () => {
    const doc = new Y.Doc();
    const id = recordedFund(doc);
    const before = Y.encodeStateAsUpdate(doc);
    expect(updateFund(doc, id, { status: 'done' }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'missing-paid-day' });
    expect(updateFund(doc, id, { amount: fen(0) }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(updateFund(doc, id, { counterparty: 'x'.repeat(10_000) }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'too-long' });
    expect(updateFund(doc, 'fund-entry_missing01' as FundEntryId, { amount: yuan(1) }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'fund-not-found' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('an edit of one field keeps a teammate’s concurrent edit of another field', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = recordedFund(a);
    syncAll([a, b]);
    value(updateFund(a, id, { amount: yuan(12_500) }, TODAY, NOW, ORIGIN));
    value(updateFund(b, id, { note: 'second instalment' }, TODAY, NOW, TEAMMATE));
    syncAll([a, b]);
    for (const doc of [a, b]) expect(readFinance(doc).fundEntries[0]).toMatchObject({ amount: yuan(12_500), note: 'second instalment' });
  });

  it('deletes an entry once; a second delete says it is gone', () => {
    const doc = new Y.Doc();
    const id = recordedFund(doc);
    expect(deleteFund(doc, id, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).fundEntries).toEqual([]);
    expect(deleteFund(doc, id, ORIGIN)).toEqual({ ok: false, reason: 'fund-not-found' });
  });
});
