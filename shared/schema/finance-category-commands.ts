// Named writers for cost categories in the finance room, one transaction each. Names are one line of
// at most MAX_NAME_LENGTH characters and unique in the room as people read them (findCategoryNamed);
// a name held by a removed category is refused with its own reason, so the caller can offer a restore.
import * as Y from 'yjs';
import { isBuiltInCategory, LAST_BUILT_IN_RANK, newCategoryId } from '../domain/finance/cost-category';
import type { CategoryId } from '../domain/finance/finance-ids';
import { fail, ok, type Result } from '../result';
import { rankBetween } from '../rank';
import { isRecordMap } from './fields';
import { findCategoryNamed } from './finance-category-names';
import { financeRoots } from './finance-roots';
import { cleanLine, MAX_NAME_LENGTH } from './limits';
import { lastRankIn } from './record-ranks';

export type CategoryFailure =
  | 'category-not-found' | 'empty-or-too-long' | 'built-in-category'
  /** Another category already reads as this name. */
  | 'category-name-taken'
  /** A removed category has this name: restore it instead. */
  | 'category-name-removed'
  /** The category was removed (by someone else, or earlier): restore it first. */
  | 'category-removed'
  /** A move's target category is removed or unknown (removed by someone else meanwhile). */
  | 'move-target-removed'
  /** A move from a category to itself. */
  | 'same-category';

/** How many records a move put under the new category. */
export interface MovedEntries {
  readonly costs: number;
  readonly budgetLines: number;
  readonly fundEntries: number;
}

/** A category of the user's own, after the built-in six. */
export function addCategory(doc: Y.Doc, name: string, origin: unknown): Result<CategoryId, CategoryFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const { categories } = financeRoots(doc);
  const taken = nameFailure(categories, clean, null);
  if (taken !== null) return fail(taken);
  const id: CategoryId = newCategoryId();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set('name', clean);
    // after the built-in six (ranks a0…a5) and every category added before
    record.set('rank', rankBetween(lastRankIn(categories, (item) => item.has('rank')) ?? LAST_BUILT_IN_RANK, null));
    categories.set(id, record);
  }, origin);
  return ok(id);
}

/** Renames any category that is shown, built-in ones included; entries keep pointing at its id. */
export function renameCategory(doc: Y.Doc, id: CategoryId, name: string, origin: unknown): Result<void, CategoryFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const { categories } = financeRoots(doc);
  const existing = categories.get(id);
  if (!isBuiltInCategory(id) && !isRecordMap(existing)) return fail('category-not-found');
  if (isRecordMap(existing) && existing.get('deleted') === true && !isBuiltInCategory(id)) return fail('category-removed');
  const taken = nameFailure(categories, clean, id);
  if (taken !== null) return fail(taken);
  doc.transact(() => {
    const record = isRecordMap(existing) ? existing : new Y.Map<unknown>();
    if (record !== existing) categories.set(id, record);
    record.set('name', clean);
  }, origin);
  return ok(undefined);
}

/**
 * Hides a category of the user's own from lists; entries in it keep their id and still count (they
 * show under its name marked removed until someone recategorises them). Built-in categories can't be
 * removed: signed labour flows into Labour, and Other takes whatever has no known category.
 */
export function removeCategory(doc: Y.Doc, id: CategoryId, origin: unknown): Result<void, CategoryFailure> {
  if (isBuiltInCategory(id)) return fail('built-in-category');
  const record = financeRoots(doc).categories.get(id);
  if (!isRecordMap(record)) return fail('category-not-found');
  if (record.get('deleted') === true) return ok(undefined);
  doc.transact(() => record.set('deleted', true), origin);
  return ok(undefined);
}

/** Shows a removed category again, with its entries; refused when another category took its name meanwhile. */
export function restoreCategory(doc: Y.Doc, id: CategoryId, origin: unknown): Result<void, CategoryFailure> {
  const { categories } = financeRoots(doc);
  const record = categories.get(id);
  if (isBuiltInCategory(id) || !isRecordMap(record)) return fail('category-not-found');
  if (record.get('deleted') !== true) return ok(undefined);
  const name = record.get('name');
  if (typeof name === 'string' && findCategoryNamed(categories, name, id)?.removed === false) return fail('category-name-taken');
  doc.transact(() => record.delete('deleted'), origin);
  return ok(undefined);
}

function nameFailure(categories: Y.Map<unknown>, name: string, except: CategoryId | null): 'category-name-taken' | 'category-name-removed' | null {
  const holder = findCategoryNamed(categories, name, except);
  return holder === null ? null : holder.removed ? 'category-name-removed' : 'category-name-taken';
}

/**
 * Moves every cost, budget line and fund entry booked under `from` (typically a removed category) to
 * `to`, a category that is shown, in one transaction: one undo step takes the whole move back. Derived
 * labour costs are not records and stay under Labour. An entry added under `from` on an offline device
 * merges in there later and can be moved then.
 */
export function moveCategoryEntries(doc: Y.Doc, from: CategoryId, to: CategoryId, origin: unknown): Result<MovedEntries, CategoryFailure> {
  if (from === to) return fail('same-category');
  const { categories, costEntries, budgetLines, fundEntries } = financeRoots(doc);
  if (!isShownCategory(categories, to)) return fail('move-target-removed');
  const under = (root: Y.Map<unknown>): Y.Map<unknown>[] => [...root.values()].filter((record): record is Y.Map<unknown> => isRecordMap(record) && record.get('categoryId') === from);
  const moving = { costs: under(costEntries), budgetLines: under(budgetLines), fundEntries: under(fundEntries) };
  const all = [...moving.costs, ...moving.budgetLines, ...moving.fundEntries];
  if (all.length > 0) doc.transact(() => { for (const record of all) record.set('categoryId', to); }, origin);
  return ok({ costs: moving.costs.length, budgetLines: moving.budgetLines.length, fundEntries: moving.fundEntries.length });
}

function isShownCategory(categories: Y.Map<unknown>, id: CategoryId): boolean {
  if (isBuiltInCategory(id)) return true;
  const record = categories.get(id);
  return isRecordMap(record) && record.get('deleted') !== true;
}
