import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CategoryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { yuan } from '../money';
import { addBudgetLine } from './finance-budget-commands';
import { addCategory, moveCategoryEntries, removeCategory } from './finance-category-commands';
import { recordCost, type CostInput } from './finance-cost-commands';
import { recordFund } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { ALICE, NOW, ORIGIN, syncAll, TODAY } from './test-fixtures';
import { makeUndoManager } from './undo';

const MATERIALS = 'materials' as CategoryId;
const MACHINERY = 'machinery' as CategoryId;

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const cost = (categoryId: CategoryId, amount: number): CostInput => ({ day: '2026-03-02' as IsoDay, categoryId, amount: yuan(amount), taskId: null, supplier: '', invoiceNumber: '', note: '' });

/** Scaffolding, removed, with two costs, one budget line and one planned payment; Machinery has its own cost. */
function removedScaffolding(doc = new Y.Doc()): { doc: Y.Doc; scaffold: CategoryId } {
  const scaffold = value(addCategory(doc, 'Scaffolding', ORIGIN));
  value(recordCost(doc, cost(scaffold, 700), ALICE, NOW, ORIGIN));
  value(recordCost(doc, cost(scaffold, 500), ALICE, NOW, ORIGIN));
  value(recordCost(doc, cost(MACHINERY, 90), ALICE, NOW, ORIGIN));
  value(addBudgetLine(doc, { categoryId: scaffold, taskId: null, description: 'Towers', amount: yuan(5_000) }, ORIGIN));
  value(recordFund(doc, {
    direction: 'payment', status: 'planned', amount: yuan(800), dueDay: '2026-03-20' as IsoDay, paidDay: null, counterparty: 'Hire Co', workerId: null, categoryId: scaffold, taskId: null, note: '',
  }, TODAY, NOW, ORIGIN));
  value(removeCategory(doc, scaffold, ORIGIN));
  return { doc, scaffold };
}

/** Per category: [costs, budget lines, fund entries] as the reader sees them. */
function booked(doc: Y.Doc, id: CategoryId): [number, number, number] {
  const view = readFinance(doc);
  const sum = (items: readonly { categoryId: string | null; amount: number }[]) => items.filter((item) => item.categoryId === id).reduce((total, item) => total + item.amount, 0);
  return [sum(view.costEntries), sum(view.budgetLines), sum(view.fundEntries)];
}

describe('moving a category’s entries', () => {
  it('moves every cost, budget line and fund entry of a removed category to another, in one transaction, and says how many', () => {
    const { doc, scaffold } = removedScaffolding();
    let updates = 0;
    doc.on('update', () => void (updates += 1));
    expect(moveCategoryEntries(doc, scaffold, MATERIALS, ORIGIN)).toEqual({ ok: true, value: { costs: 2, budgetLines: 1, fundEntries: 1 } });
    expect(updates).toBe(1);
    expect(booked(doc, MATERIALS)).toEqual([120_000, 500_000, 80_000]);
    expect(booked(doc, scaffold)).toEqual([0, 0, 0]);
    expect(booked(doc, MACHINERY)).toEqual([9_000, 0, 0]);
    // nothing left to move: answered, nothing written
    expect(moveCategoryEntries(doc, scaffold, MATERIALS, ORIGIN)).toEqual({ ok: true, value: { costs: 0, budgetLines: 0, fundEntries: 0 } });
    expect(updates).toBe(1);
  });

  it('one undo step takes the whole move back', () => {
    const { doc, scaffold } = removedScaffolding();
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    value(moveCategoryEntries(doc, scaffold, MATERIALS, ORIGIN));
    undo.undo();
    expect(booked(doc, scaffold)).toEqual([120_000, 500_000, 80_000]);
    expect(booked(doc, MATERIALS)).toEqual([0, 0, 0]);
    undo.redo();
    expect(booked(doc, MATERIALS)).toEqual([120_000, 500_000, 80_000]);
  });

  it('refuses a move to itself, to a removed category and to an unknown one, writing nothing', () => {
    const { doc, scaffold } = removedScaffolding();
    const props = value(addCategory(doc, 'Props', ORIGIN));
    value(removeCategory(doc, props, ORIGIN));
    const before = Y.encodeStateAsUpdate(doc);
    expect(moveCategoryEntries(doc, scaffold, scaffold, ORIGIN)).toEqual({ ok: false, reason: 'same-category' });
    expect(moveCategoryEntries(doc, scaffold, props, ORIGIN)).toEqual({ ok: false, reason: 'move-target-removed' });
    expect(moveCategoryEntries(doc, scaffold, 'cat_Nowhere0001' as CategoryId, ORIGIN)).toEqual({ ok: false, reason: 'move-target-removed' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('a cost added offline under the removed category while a teammate moves its entries stays there on both devices, ready to move', () => {
    const { doc: mine, scaffold } = removedScaffolding();
    const theirs = new Y.Doc();
    syncAll([mine, theirs]);
    value(moveCategoryEntries(mine, scaffold, MATERIALS, ORIGIN));
    value(recordCost(theirs, cost(scaffold, 30), ALICE, NOW, { name: 'offline' }));
    syncAll([mine, theirs]);
    for (const doc of [mine, theirs]) {
      expect(booked(doc, MATERIALS)).toEqual([120_000, 500_000, 80_000]);
      expect(booked(doc, scaffold)).toEqual([3_000, 0, 0]);
    }
    expect(moveCategoryEntries(theirs, scaffold, MATERIALS, ORIGIN)).toEqual({ ok: true, value: { costs: 1, budgetLines: 0, fundEntries: 0 } });
  });
});
