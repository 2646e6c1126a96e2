// Named writers for fund entries (receipts and payments), planned or done.
import * as Y from 'yjs';
import { isCategoryId } from '../domain/finance/cost-category';
import type { CategoryId, FundEntryId, WorkerId } from '../domain/finance/finance-ids';
import type { FundDirection, FundStatus } from '../domain/finance/fund-entry';
import { isId, newId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { isFen, type Fen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { MAX_NOTE_LENGTH } from './finance-read';
import { financeRoots } from './finance-roots';
import { MAX_NAME_LENGTH } from './limits';

export type FundFailure = 'fund-not-found' | 'invalid-amount' | 'invalid-day' | 'missing-paid-day' | 'invalid-reference' | 'too-long';

export interface FundInput {
  readonly direction: FundDirection;
  readonly status: FundStatus;
  /** Positive. */
  readonly amount: Fen;
  readonly dueDay: IsoDay | null;
  /** Required when status is 'done'. */
  readonly paidDay: IsoDay | null;
  readonly counterparty: string;
  readonly workerId: WorkerId | null;
  readonly categoryId: CategoryId | null;
  readonly taskId: string | null;
  readonly note: string;
}

export function recordFund(doc: Y.Doc, input: FundInput, now: number, origin: unknown): Result<FundEntryId, FundFailure> {
  const checked = checkFund(input);
  if (!checked.ok) return checked;
  const id = newId<'fund-entry'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set('direction', input.direction);
    record.set('status', input.status);
    record.set('amount', input.amount);
    record.set('dueDay', input.dueDay);
    record.set('paidDay', input.status === 'done' ? input.paidDay : null);
    record.set('counterparty', input.counterparty.trim());
    record.set('workerId', input.workerId);
    record.set('categoryId', input.categoryId);
    record.set('taskId', input.taskId);
    record.set('note', input.note.trim());
    record.set('createdAt', now);
    financeRoots(doc).fundEntries.set(id, record);
  }, origin);
  return ok(id);
}

/** A planned receipt came in or a planned payment went out, on `paidDay`. */
export function markFundPaid(doc: Y.Doc, id: FundEntryId, paidDay: IsoDay, now: number, origin: unknown): Result<void, FundFailure> {
  const record = financeRoots(doc).fundEntries.get(id);
  if (!isRecordMap(record)) return fail('fund-not-found');
  if (!isIsoDay(paidDay)) return fail('invalid-day');
  doc.transact(() => {
    record.set('status', 'done' satisfies FundStatus);
    record.set('paidDay', paidDay);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

export function deleteFund(doc: Y.Doc, id: FundEntryId, origin: unknown): Result<void, FundFailure> {
  const { fundEntries } = financeRoots(doc);
  if (!fundEntries.has(id)) return fail('fund-not-found');
  doc.transact(() => fundEntries.delete(id), origin);
  return ok(undefined);
}

function checkFund(input: FundInput): Result<void, FundFailure> {
  if (!(isFen(input.amount) && input.amount > 0)) return fail('invalid-amount');
  if ((input.dueDay !== null && !isIsoDay(input.dueDay)) || (input.paidDay !== null && !isIsoDay(input.paidDay))) return fail('invalid-day');
  if (input.status === 'done' && input.paidDay === null) return fail('missing-paid-day');
  if (input.workerId !== null && !isId(input.workerId)) return fail('invalid-reference');
  if (input.categoryId !== null && !isCategoryId(input.categoryId)) return fail('invalid-reference');
  if (input.taskId !== null && !isId(input.taskId)) return fail('invalid-reference');
  if (input.counterparty.length > MAX_NAME_LENGTH || input.note.length > MAX_NOTE_LENGTH) return fail('too-long');
  return ok(undefined);
}
