import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CategoryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { yuan } from '../money';
import { addBudgetLine } from './finance-budget-commands';
import { deleteCost, recordCost, updateCost, type CostInput } from './finance-cost-commands';
import { deleteFund, recordFund } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { ALICE, NOW, TODAY, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

const cost: CostInput = { day: '2026-03-02' as IsoDay, categoryId: 'materials' as CategoryId, amount: yuan(1_200), taskId: null, supplier: '', invoiceNumber: '', note: '' };

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('finance undo', () => {
  it('undoes an edit of a cost, then its deletion, each as one step, and redoes them', () => {
    const doc = new Y.Doc();
    const id = value(recordCost(doc, cost, ALICE, NOW, ORIGIN));
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    value(updateCost(doc, id, { amount: yuan(1_350) }, NOW, ORIGIN));
    undo.stopCapturing();
    value(deleteCost(doc, id, ORIGIN));
    expect(readFinance(doc).costEntries).toEqual([]);
    undo.undo();
    expect(readFinance(doc).costEntries[0]?.amount).toBe(yuan(1_350));
    undo.undo();
    expect(readFinance(doc).costEntries[0]?.amount).toBe(yuan(1_200));
    undo.redo();
    undo.redo();
    expect(readFinance(doc).costEntries).toEqual([]);
  });

  it('covers every finance root: budget lines and fund entries come back too', () => {
    const doc = new Y.Doc();
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    value(addBudgetLine(doc, { categoryId: 'labour' as CategoryId, taskId: null, description: '', amount: yuan(900) }, ORIGIN));
    undo.stopCapturing();
    const fund = value(recordFund(doc, {
      direction: 'payment', status: 'planned', amount: yuan(300), dueDay: null, paidDay: null, counterparty: 'Crane hire', workerId: null, categoryId: null, taskId: null, note: '',
    }, TODAY, NOW, ORIGIN));
    undo.stopCapturing();
    value(deleteFund(doc, fund, ORIGIN));
    undo.undo();
    expect(readFinance(doc).fundEntries.map((entry) => entry.counterparty)).toEqual(['Crane hire']);
    undo.undo();
    undo.undo();
    expect(readFinance(doc)).toMatchObject({ budgetLines: [], fundEntries: [] });
  });

  it('never reverts a teammate’s finance edit', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = value(recordCost(a, cost, ALICE, NOW, ORIGIN));
    syncAll([a, b]);
    const undo = makeUndoManager(a, 'finance', ORIGIN);
    value(updateCost(b, id, { amount: yuan(2_000) }, NOW, { name: 'teammate' }));
    syncAll([a, b]);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(readFinance(a).costEntries[0]?.amount).toBe(yuan(2_000));
  });
});
