import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultCategories } from '../domain/finance/cost-category';
import { readCostRows } from '../domain/import/cost-columns';
import { findUnknownCategories } from '../domain/import/unknown-categories';
import { addCategory, removeCategory } from './finance-category-commands';
import { readFinance } from './finance-read';
import { applyCostImport } from './import-finance-commands';
import { ORIGIN } from './test-fixtures';
import { makeUndoManager } from './undo';

const SHEET = [['日期', '类别', '金额'], ['2026-03-05', 'SCAFFOLDING', '100'], ['2026-03-06', 'scaffolding', '50']];
const MAPPING = { day: 0, category: 1, amount: 2 } as const;

describe('a cost import naming a removed category', () => {
  it('restores that category with the costs (one undo step takes both back) instead of making a second one of the same name', () => {
    const doc = new Y.Doc();
    const made = addCategory(doc, 'Scaffolding', ORIGIN);
    if (!made.ok) throw new Error(made.reason);
    removeCategory(doc, made.value, ORIGIN);
    const before = readFinance(doc, 'en');
    const [unknown] = findUnknownCategories(SHEET, 0, MAPPING, before.categories, before.removedCategories);
    expect(unknown).toMatchObject({ name: 'Scaffolding', restores: made.value, sheetRows: [2, 3] });
    if (!unknown) throw new Error('not offered');

    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    const { rows } = readCostRows(SHEET, 0, MAPPING, before.categories, [], 'month-first', new Set([unknown.key]));
    expect(applyCostImport(doc, rows, null, 1, ORIGIN)).toMatchObject({ ok: true, counts: { added: 2 } });
    const after = readFinance(doc, 'en');
    expect(after.categories.filter((category) => category.name.toLowerCase() === 'scaffolding').map((category) => category.id)).toEqual([made.value]);
    expect(after.removedCategories).toEqual([]);
    expect(after.costEntries.map((entry) => entry.categoryId)).toEqual([made.value, made.value]);

    undo.undo();
    expect(readFinance(doc).costEntries).toEqual([]);
    expect(readFinance(doc).removedCategories.map((category) => category.id)).toEqual([made.value]);
  });

  it('unticked, its rows go under Other and the category stays removed', () => {
    const doc = new Y.Doc();
    const made = addCategory(doc, 'Scaffolding', ORIGIN);
    if (!made.ok) throw new Error(made.reason);
    removeCategory(doc, made.value, ORIGIN);
    const { rows, issues } = readCostRows(SHEET, 0, MAPPING, readFinance(doc).categories, [], 'month-first', new Set());
    expect(issues.map((issue) => issue.code)).toEqual(['unknown-category', 'unknown-category']);
    expect(applyCostImport(doc, rows, null, 1, ORIGIN)).toMatchObject({ ok: true });
    expect(readFinance(doc).costEntries.map((entry) => entry.categoryId)).toEqual(['other', 'other']);
    expect(readFinance(doc).removedCategories.map((category) => category.id)).toEqual([made.value]);
  });

  it('a category removed by a teammate after the preview is restored too', () => {
    const doc = new Y.Doc();
    const { rows } = readCostRows(SHEET, 0, MAPPING, defaultCategories('en'), [], 'month-first', new Set(['scaffolding']));
    const made = addCategory(doc, 'Scaffolding', { source: 'teammate' });
    if (!made.ok) throw new Error(made.reason);
    removeCategory(doc, made.value, { source: 'teammate' });
    expect(applyCostImport(doc, rows, null, 1, ORIGIN)).toMatchObject({ ok: true, counts: { added: 2 } });
    expect(readFinance(doc).categories.map((category) => category.id)).toContain(made.value);
    expect(readFinance(doc).costEntries.map((entry) => entry.categoryId)).toEqual([made.value, made.value]);
  });

  it('books a text under the existing category picked for it; with the same pick the next import of that file changes nothing', () => {
    const doc = new Y.Doc();
    const made = addCategory(doc, '临设', ORIGIN);
    if (!made.ok) throw new Error(made.reason);
    const picks = new Map([['scaffolding', made.value]]);
    const read = () => readCostRows(SHEET, 0, MAPPING, readFinance(doc).categories, [], 'month-first', new Set(), picks);
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    expect(read().issues).toEqual([]);
    expect(applyCostImport(doc, read().rows, null, 1, ORIGIN)).toEqual({ ok: true, counts: { added: 2, changed: 0, unchanged: 0, protectedRows: 0 } });
    expect(readFinance(doc).costEntries.map((entry) => [entry.categoryId, entry.amount])).toEqual([[made.value, 10000], [made.value, 5000]]);
    // no category is made for the text
    expect(readFinance(doc).categories.some((category) => category.name.toLowerCase() === 'scaffolding')).toBe(false);
    expect(applyCostImport(doc, read().rows, null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 0, unchanged: 2, protectedRows: 0 } });
    undo.undo();
    expect(readFinance(doc).costEntries).toEqual([]);
  });
});

