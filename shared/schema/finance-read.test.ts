import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CategoryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { fen, type Fen } from '../money';
import { addBudgetLine, addCategory, deleteBudgetLine, removeCategory, renameCategory, updateBudgetLine } from './finance-budget-commands';
import { deleteCost, recordCost, updateCost } from './finance-cost-commands';
import { markFundPaid, recordFund } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { ALICE, NOW, TODAY, ORIGIN } from './test-fixtures';

const MATERIALS = 'materials' as CategoryId;
const DAY = '2026-03-02' as IsoDay;

describe('finance readers', () => {
  it('an empty room reads as the six built-in categories and no records', () => {
    const view = readFinance(new Y.Doc());
    expect(view.categories.map((category) => category.name)).toEqual(['人工', '材料', '机械', '分包', '管理费', '其他']);
    expect(readFinance(new Y.Doc(), 'en').categories.map((category) => category.name)[0]).toBe('Labour');
    expect(view).toMatchObject({ budgetLines: [], costEntries: [], fundEntries: [], labourRecords: [] });
  });

  it('skips records with a bad amount or quantity instead of reading them as zero, and fills missing fields', () => {
    const doc = new Y.Doc();
    const { costEntries, labourRecords } = financeRoots(doc);
    const record = (fields: Record<string, unknown>): Y.Map<unknown> => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) map.set(key, value);
      return map;
    };
    costEntries.set('cost_good0000001', record({ day: DAY, amount: 1_250 }));
    costEntries.set('cost_float000001', record({ day: DAY, amount: 12.5 }));
    costEntries.set('cost_noday000001', record({ amount: 100 }));
    costEntries.set('bad id', record({ day: DAY, amount: 100 }));
    labourRecords.set('lab_good00000001', record({ workerId: 'worker_Wang00001', day: DAY }));
    labourRecords.set('lab_third0000001', record({ workerId: 'worker_Wang00001', day: DAY, manDays: 1 / 3 }));
    labourRecords.set('lab_rate00000001', record({ workerId: 'worker_Wang00001', day: DAY, dayRate: '350' }));
    const view = readFinance(doc);
    expect(view.costEntries).toEqual([expect.objectContaining({ id: 'cost_good0000001', amount: 1_250, categoryId: 'other', supplier: '', source: 'entry' })]);
    expect(view.labourRecords).toEqual([expect.objectContaining({ id: 'lab_good00000001', manDays: 0, hoursPerDay: 8, pay: 'day-rate', signOff: 'pending' })]);
  });
});

describe('budget, cost and fund commands', () => {
  it('adds, updates and deletes a budget line; refuses a negative or fractional amount', () => {
    const doc = new Y.Doc();
    const added = addBudgetLine(doc, { categoryId: MATERIALS, taskId: null, description: '钢筋', amount: fen(1_000_000) }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    expect(updateBudgetLine(doc, added.value, { amount: fen(1_200_000) }, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).budgetLines).toEqual([{ id: added.value, categoryId: MATERIALS, taskId: null, description: '钢筋', amount: 1_200_000 }]);
    expect(updateBudgetLine(doc, added.value, { amount: -5 as Fen }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(addBudgetLine(doc, { categoryId: MATERIALS, taskId: null, description: '', amount: 0.5 as Fen }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(deleteBudgetLine(doc, added.value, ORIGIN).ok).toBe(true);
    expect(deleteBudgetLine(doc, added.value, ORIGIN)).toEqual({ ok: false, reason: 'budget-line-not-found' });
  });

  it('categories: rename a built-in one, add and remove one of the user’s own', () => {
    const doc = new Y.Doc();
    renameCategory(doc, 'other' as CategoryId, '零星', ORIGIN);
    const added = addCategory(doc, '安全文明施工', ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    expect(readFinance(doc).categories.map((category) => category.name)).toEqual(['人工', '材料', '机械', '分包', '管理费', '零星', '安全文明施工']);
    expect(removeCategory(doc, 'labour' as CategoryId, ORIGIN)).toEqual({ ok: false, reason: 'built-in-category' });
    expect(removeCategory(doc, added.value, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).categories).toHaveLength(6);
  });

  it('records, corrects and deletes a cost with who entered it', () => {
    const doc = new Y.Doc();
    const cost = recordCost(doc, { day: DAY, categoryId: MATERIALS, amount: fen(88_800), taskId: null, supplier: ' 华东建材 ', invoiceNumber: 'NO.0012', note: '' }, ALICE, NOW, ORIGIN);
    if (!cost.ok) throw new Error(cost.reason);
    updateCost(doc, cost.value, { amount: fen(-8_800), note: '退货' }, NOW, ORIGIN);
    expect(readFinance(doc).costEntries[0]).toMatchObject({ amount: -8_800, supplier: '华东建材', invoiceNumber: 'NO.0012', note: '退货', enteredBy: ALICE });
    expect(updateCost(doc, cost.value, { amount: fen(0) }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-amount' });
    expect(deleteCost(doc, cost.value, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).costEntries).toEqual([]);
  });

  it('records a planned receipt and marks it received', () => {
    const doc = new Y.Doc();
    const base = { direction: 'receipt', amount: fen(5_000_000), dueDay: '2026-03-31' as IsoDay, paidDay: null, counterparty: '业主', workerId: null, categoryId: null, taskId: null, note: '' } as const;
    const fund = recordFund(doc, { ...base, status: 'planned' }, TODAY, NOW, ORIGIN);
    if (!fund.ok) throw new Error(fund.reason);
    expect(recordFund(doc, { ...base, status: 'done' }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'missing-paid-day' });
    expect(readFinance(doc).fundEntries[0]).toMatchObject({ status: 'planned', paidDay: null });
    markFundPaid(doc, fund.value, '2026-04-02' as IsoDay, TODAY, NOW, ORIGIN);
    expect(readFinance(doc).fundEntries[0]).toMatchObject({ status: 'done', paidDay: '2026-04-02', dueDay: '2026-03-31', amount: 5_000_000 });
  });
});
