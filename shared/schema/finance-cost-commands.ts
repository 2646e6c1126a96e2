// Named writers for actual cost entries. Labour costs are never written here: they are derived from
// signed labour records (shared/domain/finance/labour-costs.ts).
import * as Y from 'yjs';
import { isCategoryId } from '../domain/finance/cost-category';
import type { CostEntry } from '../domain/finance/cost-entry';
import type { CostEntryId } from '../domain/finance/finance-ids';
import { isId, newId, type UserId } from '../ids';
import { isIsoDay } from '../iso-day';
import { isFen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { MAX_NOTE_LENGTH } from './finance-read';
import { financeRoots } from './finance-roots';
import { MAX_NAME_LENGTH } from './limits';

export type CostFailure = 'cost-not-found' | 'invalid-day' | 'invalid-category' | 'invalid-amount' | 'invalid-task' | 'too-long';

/** What a command writes: the entry without its id, who entered it (a command parameter) and its source (always 'entry'). Never 0. */
export type CostInput = Omit<CostEntry, 'id' | 'enteredBy' | 'source'>;

export function recordCost(doc: Y.Doc, input: CostInput, enteredBy: UserId | null, now: number, origin: unknown): Result<CostEntryId, CostFailure> {
  const checked = checkCost(input);
  if (!checked.ok) return checked;
  const id = newId<'cost-entry'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    writeCostFields(record, input);
    record.set('enteredBy', enteredBy);
    record.set('createdAt', now);
    record.set('updatedAt', now);
    financeRoots(doc).costEntries.set(id, record);
  }, origin);
  return ok(id);
}

export function updateCost(doc: Y.Doc, id: CostEntryId, patch: Partial<CostInput>, now: number, origin: unknown): Result<void, CostFailure> {
  const record = financeRoots(doc).costEntries.get(id);
  if (!isRecordMap(record)) return fail('cost-not-found');
  const checked = checkCost(patch);
  if (!checked.ok) return checked;
  doc.transact(() => {
    writeCostFields(record, patch);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

export function deleteCost(doc: Y.Doc, id: CostEntryId, origin: unknown): Result<void, CostFailure> {
  const { costEntries } = financeRoots(doc);
  if (!costEntries.has(id)) return fail('cost-not-found');
  doc.transact(() => costEntries.delete(id), origin);
  return ok(undefined);
}

function checkCost(input: Partial<CostInput>): Result<void, CostFailure> {
  if (input.day !== undefined && !isIsoDay(input.day)) return fail('invalid-day');
  if (input.categoryId !== undefined && !isCategoryId(input.categoryId)) return fail('invalid-category');
  if (input.amount !== undefined && !(isFen(input.amount) && input.amount !== 0)) return fail('invalid-amount');
  if (input.taskId !== undefined && input.taskId !== null && !isId(input.taskId)) return fail('invalid-task');
  const tooLong = (input.supplier?.length ?? 0) > MAX_NAME_LENGTH || (input.invoiceNumber?.length ?? 0) > MAX_NAME_LENGTH || (input.note?.length ?? 0) > MAX_NOTE_LENGTH;
  return tooLong ? fail('too-long') : ok(undefined);
}

function writeCostFields(record: Y.Map<unknown>, input: Partial<CostInput>): void {
  if (input.day !== undefined) record.set('day', input.day);
  if (input.categoryId !== undefined) record.set('categoryId', input.categoryId);
  if (input.amount !== undefined) record.set('amount', input.amount);
  if (input.taskId !== undefined) record.set('taskId', input.taskId);
  if (input.supplier !== undefined) record.set('supplier', input.supplier.trim());
  if (input.invoiceNumber !== undefined) record.set('invoiceNumber', input.invoiceNumber.trim());
  if (input.note !== undefined) record.set('note', input.note.trim());
}
