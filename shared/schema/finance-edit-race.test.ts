// An edit racing a delete, on two devices: the delete wins everywhere, the edit never brings the
// record back (not even half of it), and an edit made after the delete arrived is refused by name.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CategoryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { yuan } from '../money';
import { addBudgetLine, deleteBudgetLine, updateBudgetLine } from './finance-budget-commands';
import { deleteCost, recordCost, updateCost, type CostInput } from './finance-cost-commands';
import { deleteFund, markFundPaid, recordFund, updateFund, type FundInput } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { ALICE, NOW, TODAY, ORIGIN, syncAll } from './test-fixtures';

const MATERIALS = 'materials' as CategoryId;
const DAY = '2026-03-02' as IsoDay;
const TEAMMATE = { name: 'teammate' };
const cost: CostInput = { day: DAY, categoryId: MATERIALS, amount: yuan(1_200), taskId: null, supplier: 'Hengtai', invoiceNumber: '', note: '' };
const payment: FundInput = {
  direction: 'payment', status: 'planned', amount: yuan(800), dueDay: DAY, paidDay: null, counterparty: 'Crane hire', workerId: null, categoryId: null, taskId: null, note: '',
};

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function twoPeers(): [Y.Doc, Y.Doc] {
  return [new Y.Doc(), new Y.Doc()];
}

function rootSizes(doc: Y.Doc): number[] {
  const roots = financeRoots(doc);
  return [roots.budgetLines.size, roots.costEntries.size, roots.fundEntries.size];
}

describe('an edit racing a delete', () => {
  it('a cost edited offline on one device while deleted on the other stays deleted on both', () => {
    const [a, b] = twoPeers();
    const id = value(recordCost(a, cost, ALICE, NOW, ORIGIN));
    syncAll([a, b]);
    value(deleteCost(a, id, ORIGIN));
    value(updateCost(b, id, { amount: yuan(1_500), supplier: 'Hengtai Steel' }, NOW + 1, TEAMMATE));
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).costEntries).toEqual([]);
      expect(rootSizes(doc)).toEqual([0, 0, 0]);
    }
  });

  it('an edit saved after the delete arrived is refused as not found and writes nothing', () => {
    const [a, b] = twoPeers();
    const id = value(recordCost(a, cost, ALICE, NOW, ORIGIN));
    syncAll([a, b]);
    value(deleteCost(a, id, ORIGIN));
    syncAll([a, b]);
    const before = Y.encodeStateAsUpdate(b);
    expect(updateCost(b, id, { amount: yuan(1_500) }, NOW, TEAMMATE)).toEqual({ ok: false, reason: 'cost-not-found' });
    expect(Y.encodeStateAsUpdate(b)).toEqual(before);
  });

  it('fund entries and budget lines behave the same: delete wins, late edits and mark-paid are refused', () => {
    const [a, b] = twoPeers();
    const fund = value(recordFund(a, payment, TODAY, NOW, ORIGIN));
    const line = value(addBudgetLine(a, { categoryId: MATERIALS, taskId: null, description: 'Rebar', amount: yuan(5_000) }, ORIGIN));
    syncAll([a, b]);
    value(deleteFund(a, fund, ORIGIN));
    value(deleteBudgetLine(a, line, ORIGIN));
    value(updateFund(b, fund, { amount: yuan(900) }, TODAY, NOW, TEAMMATE));
    value(updateBudgetLine(b, line, { amount: yuan(6_000) }, TEAMMATE));
    syncAll([a, b]);
    for (const doc of [a, b]) expect(readFinance(doc)).toMatchObject({ budgetLines: [], fundEntries: [] });
    expect(updateFund(b, fund, { amount: yuan(1_000) }, TODAY, NOW, TEAMMATE)).toEqual({ ok: false, reason: 'fund-not-found' });
    expect(markFundPaid(b, fund, DAY, TODAY, NOW, TEAMMATE)).toEqual({ ok: false, reason: 'fund-not-found' });
    expect(updateBudgetLine(b, line, { amount: yuan(1) }, TEAMMATE)).toEqual({ ok: false, reason: 'budget-line-not-found' });
  });

  it('edits of different fields of one budget line on two devices both survive', () => {
    const [a, b] = twoPeers();
    const line = value(addBudgetLine(a, { categoryId: MATERIALS, taskId: null, description: 'Rebar', amount: yuan(5_000) }, ORIGIN));
    syncAll([a, b]);
    value(updateBudgetLine(a, line, { categoryId: MATERIALS, taskId: null, description: 'Rebar', amount: yuan(5_500) }, ORIGIN));
    value(updateBudgetLine(b, line, { categoryId: MATERIALS, taskId: null, description: 'Rebar 12 mm', amount: yuan(5_000) }, TEAMMATE));
    syncAll([a, b]);
    for (const doc of [a, b]) expect(readFinance(doc).budgetLines[0]).toMatchObject({ amount: yuan(5_500), description: 'Rebar 12 mm' });
  });
});
