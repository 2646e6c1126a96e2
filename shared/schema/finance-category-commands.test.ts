import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CategoryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { yuan } from '../money';
import { addCategory, removeCategory, renameCategory, restoreCategory } from './finance-category-commands';
import { findCategoryNamed } from './finance-category-names';
import { recordCost } from './finance-cost-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { ALICE, NOW, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

const OTHER = 'other' as CategoryId;

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('category names', () => {
  it('a new or renamed category may not read as another one, ignoring case, spaces and widths', () => {
    const doc = new Y.Doc();
    const scaffold = value(addCategory(doc, 'Scaffolding', ORIGIN));
    expect(addCategory(doc, ' ｓｃａｆｆ olding ', ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
    const design = value(addCategory(doc, 'Design fees', ORIGIN));
    expect(renameCategory(doc, design, 'SCAFFOLDING', ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
    // its own name in another case is a rename, not a clash
    expect(renameCategory(doc, scaffold, 'scaffolding', ORIGIN).ok).toBe(true);
    expect(readFinance(doc, 'en').categories.map((category) => category.name)).toContain('scaffolding');
  });

  it("a built-in category not renamed holds its English and Chinese names; renamed, only its new name", () => {
    const doc = new Y.Doc();
    expect(addCategory(doc, 'materials', ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
    expect(addCategory(doc, '材料', ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
    value(renameCategory(doc, 'materials' as CategoryId, '主材', ORIGIN));
    expect(value(addCategory(doc, 'Materials', ORIGIN))).toBeTruthy();
    expect(renameCategory(doc, OTHER, '主材', ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
  });

  it('one line of at most 200 characters', () => {
    const doc = new Y.Doc();
    expect(addCategory(doc, '   ', ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    expect(addCategory(doc, 'x'.repeat(201), ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    const id = value(addCategory(doc, 'Site\nsecurity', ORIGIN));
    expect(readFinance(doc).categories.find((category) => category.id === id)?.name).toBe('Site security');
    expect(renameCategory(doc, id, 'y'.repeat(201), ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
  });
});

describe('remove and restore', () => {
  it('a removed category is hidden, its costs still count, its name is held, and restore brings it back', () => {
    const doc = new Y.Doc();
    const id = value(addCategory(doc, 'Scaffolding', ORIGIN));
    value(recordCost(doc, { day: '2026-03-02' as IsoDay, categoryId: id, amount: yuan(500), taskId: null, supplier: '', invoiceNumber: '', note: '' }, ALICE, NOW, ORIGIN));
    value(removeCategory(doc, id, ORIGIN));
    const removed = readFinance(doc);
    expect(removed.categories.some((category) => category.id === id)).toBe(false);
    expect(removed.removedCategories).toEqual([expect.objectContaining({ id, name: 'Scaffolding' })]);
    expect(removed.costEntries[0]?.categoryId).toBe(id);
    expect(addCategory(doc, 'scaffolding', ORIGIN)).toEqual({ ok: false, reason: 'category-name-removed' });
    expect(findCategoryNamed(financeRoots(doc).categories, 'SCAFFOLDING')).toEqual({ id, removed: true });
    expect(renameCategory(doc, id, 'Props', ORIGIN)).toEqual({ ok: false, reason: 'category-removed' });
    value(restoreCategory(doc, id, ORIGIN));
    const restored = readFinance(doc);
    expect(restored.categories.map((category) => category.id)).toContain(id);
    expect(restored.removedCategories).toEqual([]);
  });

  it('built-in categories are never removed', () => {
    const doc = new Y.Doc();
    expect(removeCategory(doc, OTHER, ORIGIN)).toEqual({ ok: false, reason: 'built-in-category' });
    expect(restoreCategory(doc, OTHER, ORIGIN)).toEqual({ ok: false, reason: 'category-not-found' });
  });

  it("restore is refused when a teammate's category took the name meanwhile", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = value(addCategory(mine, 'Scaffolding', ORIGIN));
    value(removeCategory(mine, id, ORIGIN));
    // the teammate was offline: their device didn't know the name was held
    value(addCategory(theirs, 'SCAFFOLDING', ORIGIN));
    syncAll([mine, theirs]);
    expect(restoreCategory(mine, id, ORIGIN)).toEqual({ ok: false, reason: 'category-name-taken' });
  });

  it('a rename racing a teammate’s remove: once the remove arrives, the rename is refused', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = value(addCategory(mine, 'Scaffolding', ORIGIN));
    syncAll([mine, theirs]);
    value(removeCategory(theirs, id, ORIGIN));
    syncAll([mine, theirs]);
    expect(renameCategory(mine, id, 'Props', ORIGIN)).toEqual({ ok: false, reason: 'category-removed' });
    expect(readFinance(theirs).removedCategories[0]?.name).toBe('Scaffolding');
  });

  it('offline on two devices: a rename and a remove both merge in (removed under the new name); the same new name made twice shows twice', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = value(addCategory(mine, 'Scaffolding', ORIGIN));
    syncAll([mine, theirs]);
    value(renameCategory(mine, id, 'Props', ORIGIN));
    value(removeCategory(theirs, id, ORIGIN));
    value(addCategory(mine, 'Testing', ORIGIN));
    value(addCategory(theirs, 'testing', ORIGIN));
    syncAll([mine, theirs]);
    for (const doc of [mine, theirs]) {
      expect(readFinance(doc).removedCategories.map((category) => category.name)).toEqual(['Props']);
      expect(readFinance(doc).categories.slice(6).map((category) => category.name.toLowerCase())).toEqual(['testing', 'testing']);
    }
  });

  it('rename, remove and restore are each one undo step', () => {
    const doc = new Y.Doc();
    const id = value(addCategory(doc, 'Scaffolding', ORIGIN));
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    value(renameCategory(doc, id, 'Props', ORIGIN));
    undo.stopCapturing();
    value(removeCategory(doc, id, ORIGIN));
    undo.stopCapturing();
    value(restoreCategory(doc, id, ORIGIN));
    const names = (): string[] => readFinance(doc).categories.slice(6).map((category) => category.name);
    expect(names()).toEqual(['Props']);
    undo.undo();
    expect(names()).toEqual([]);
    undo.undo();
    expect(names()).toEqual(['Props']);
    undo.undo();
    expect(names()).toEqual(['Scaffolding']);
  });
});
