// Named writers for budget lines in the finance room: one transaction each (categories: finance-category-commands.ts).
import * as Y from 'yjs';
import { isCategoryId } from '../domain/finance/cost-category';
import type { BudgetLine } from '../domain/finance/budget-line';
import type { BudgetLineId } from '../domain/finance/finance-ids';
import { isId, newId } from '../ids';
import { isFen, type Fen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { financeRoots } from './finance-roots';
import { MAX_TITLE_LENGTH } from './limits';

export { addCategory, renameCategory, removeCategory, restoreCategory, moveCategoryEntries, type CategoryFailure, type MovedEntries } from './finance-category-commands';

export type BudgetFailure = 'budget-line-not-found' | 'invalid-category' | 'invalid-amount' | 'invalid-task' | 'too-long';

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
