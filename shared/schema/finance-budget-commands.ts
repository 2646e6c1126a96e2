// Named writers for budget lines and cost categories in the finance room: one transaction each.
import * as Y from 'yjs';
import { isBuiltInCategory, isCategoryId, LAST_BUILT_IN_RANK, newCategoryId } from '../domain/finance/cost-category';
import type { BudgetLine } from '../domain/finance/budget-line';
import type { BudgetLineId, CategoryId } from '../domain/finance/finance-ids';
import { isId, newId } from '../ids';
import { isFen, type Fen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { financeRoots } from './finance-roots';
import { cleanLine, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { lastRankIn } from './record-ranks';
import { rankBetween } from '../rank';

export type BudgetFailure = 'budget-line-not-found' | 'invalid-category' | 'invalid-amount' | 'invalid-task' | 'too-long';
export type CategoryFailure = 'category-not-found' | 'empty-or-too-long' | 'built-in-category';

/** What a command writes: the line without its id (amount zero or more). */
export type BudgetLineInput = Omit<BudgetLine, 'id'>;

export function addBudgetLine(doc: Y.Doc, input: BudgetLineInput, origin: unknown): Result<BudgetLineId, BudgetFailure> {
  const checked = checkBudgetLine(input);
  if (!checked.ok) return checked;
  const id = newId<'budget-line'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    writeBudgetFields(record, input);
    financeRoots(doc).budgetLines.set(id, record);
  }, origin);
  return ok(id);
}

export function updateBudgetLine(doc: Y.Doc, id: BudgetLineId, patch: Partial<BudgetLineInput>, origin: unknown): Result<void, BudgetFailure> {
  const record = financeRoots(doc).budgetLines.get(id);
  if (!isRecordMap(record)) return fail('budget-line-not-found');
  const checked = checkBudgetLine(patch);
  if (!checked.ok) return checked;
  doc.transact(() => writeBudgetFields(record, patch, (key, value) => record.get(key) !== value), origin);
  return ok(undefined);
}

export function deleteBudgetLine(doc: Y.Doc, id: BudgetLineId, origin: unknown): Result<void, BudgetFailure> {
  const { budgetLines } = financeRoots(doc);
  if (!budgetLines.has(id)) return fail('budget-line-not-found');
  doc.transact(() => budgetLines.delete(id), origin);
  return ok(undefined);
}

function checkBudgetLine(input: Partial<BudgetLineInput>): Result<void, BudgetFailure> {
  if (input.categoryId !== undefined && !isCategoryId(input.categoryId)) return fail('invalid-category');
  if (input.amount !== undefined && !(isFen(input.amount) && input.amount >= 0)) return fail('invalid-amount');
  if (input.taskId !== undefined && input.taskId !== null && !isId(input.taskId)) return fail('invalid-task');
  if (input.description !== undefined && input.description.length > MAX_TITLE_LENGTH) return fail('too-long');
  return ok(undefined);
}

/** Writes the given fields, or with `changed` only those that differ, so a teammate's concurrent edit of another field survives. */
function writeBudgetFields(record: Y.Map<unknown>, input: Partial<BudgetLineInput>, changed: (key: string, value: unknown) => boolean = () => true): void {
  const values: Readonly<Record<keyof BudgetLineInput, unknown>> = {
    categoryId: input.categoryId, taskId: input.taskId, description: input.description?.trim(), amount: input.amount,
  };
  for (const [key, value] of Object.entries(values)) if (value !== undefined && changed(key, value)) record.set(key, value);
}

/** A category of the user's own, after the built-in six. */
export function addCategory(doc: Y.Doc, name: string, origin: unknown): Result<CategoryId, CategoryFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const id: CategoryId = newCategoryId();
  doc.transact(() => {
    const { categories } = financeRoots(doc);
    const record = new Y.Map<unknown>();
    record.set('name', clean);
    // after the built-in six (ranks a0…a5) and every category added before
    record.set('rank', rankBetween(lastRankIn(categories, (item) => item.has('rank')) ?? LAST_BUILT_IN_RANK, null));
    categories.set(id, record);
  }, origin);
  return ok(id);
}

/** Renames any category, built-in ones included; entries keep pointing at its id. */
export function renameCategory(doc: Y.Doc, id: CategoryId, name: string, origin: unknown): Result<void, CategoryFailure> {
  const clean = cleanLine(name, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  const { categories } = financeRoots(doc);
  const existing = categories.get(id);
  if (!isBuiltInCategory(id) && !isRecordMap(existing)) return fail('category-not-found');
  doc.transact(() => {
    const record = isRecordMap(existing) ? existing : new Y.Map<unknown>();
    if (record !== existing) categories.set(id, record);
    record.set('name', clean);
  }, origin);
  return ok(undefined);
}

/**
 * Hides a category of the user's own from lists; entries in it keep their id and still count (they
 * show under the id until someone recategorises them). Built-in categories can't be removed.
 */
export function removeCategory(doc: Y.Doc, id: CategoryId, origin: unknown): Result<void, CategoryFailure> {
  if (isBuiltInCategory(id)) return fail('built-in-category');
  const record = financeRoots(doc).categories.get(id);
  if (!isRecordMap(record)) return fail('category-not-found');
  doc.transact(() => record.set('deleted', true), origin);
  return ok(undefined);
}
