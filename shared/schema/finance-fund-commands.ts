// Named writers for fund entries (receipts and payments), planned or done. A paid day they write is
// held to checkPaidDay (at most one day after `today`), with `today` from the caller: a command can't
// know the user's date, so every caller (forms, import, a future API) passes its own.
import * as Y from 'yjs';
import { isCategoryId } from '../domain/finance/cost-category';
import { checkPaidDay } from '../domain/finance/paid-day';
import type { FundEntryId } from '../domain/finance/finance-ids';
import type { FundEntry, FundStatus } from '../domain/finance/fund-entry';
import { isId, newId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { isFen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { MAX_NOTE_LENGTH, readFundEntry } from './finance-read';
import { financeRoots } from './finance-roots';
import { MAX_NAME_LENGTH } from './limits';

export type FundFailure = 'fund-not-found' | 'invalid-amount' | 'invalid-day' | 'missing-paid-day' | 'paid-day-in-future' | 'invalid-reference' | 'too-long';

/** What a command writes: the entry without its id (amount positive; paidDay required when done). */
export type FundInput = Omit<FundEntry, 'id'>;

export function recordFund(doc: Y.Doc, input: FundInput, today: IsoDay, now: number, origin: unknown): Result<FundEntryId, FundFailure> {
  const checked = checkFund(input);
  if (!checked.ok) return checked;
  const paid = checkWrittenPaidDay(input, today);
  if (!paid.ok) return paid;
  const id = newId<'fund-entry'>();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    writeFundFields(record, input);
    record.set('createdAt', now);
    financeRoots(doc).fundEntries.set(id, record);
  }, origin);
  return ok(id);
}

/**
 * Changes some fields of an entry. The result is checked as a whole (a patch to 'done' needs a paid
 * day, given or already stored); moving back to 'planned' clears the paid day. The paid day is held to
 * `today` only when this edit sets it (a new day, or a planned entry becoming done), so an entry
 * stored before the rule existed can still be edited otherwise.
 */
export function updateFund(doc: Y.Doc, id: FundEntryId, patch: Partial<FundInput>, today: IsoDay, now: number, origin: unknown): Result<void, FundFailure> {
  const record = financeRoots(doc).fundEntries.get(id);
  if (!isRecordMap(record)) return fail('fund-not-found');
  const stored = readFundEntry(id, record);
  if (stored === null) return fail('fund-not-found');
  const merged: FundInput = { ...fundInputOf(stored), ...patch };
  const checked = checkFund(merged);
  if (!checked.ok) return checked;
  if (merged.status === 'done' && (stored.status !== 'done' || merged.paidDay !== stored.paidDay)) {
    const paid = checkWrittenPaidDay(merged, today);
    if (!paid.ok) return paid;
  }
  doc.transact(() => {
    writeFundFields(record, merged, (key, value) => record.get(key) !== value);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/** A planned receipt came in or a planned payment went out, on `paidDay` (at most one day after `today`). */
export function markFundPaid(doc: Y.Doc, id: FundEntryId, paidDay: IsoDay, today: IsoDay, now: number, origin: unknown): Result<void, FundFailure> {
  const record = financeRoots(doc).fundEntries.get(id);
  if (!isRecordMap(record)) return fail('fund-not-found');
  const paid = checkPaidDay(paidDay, today);
  if (!paid.ok) return paid;
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

function fundInputOf(entry: FundEntry): FundInput {
  const { id: _id, ...input } = entry;
  return input;
}

/** Writes every field, or with `changed` only those that differ, so a teammate's concurrent edit of another field survives. */
function writeFundFields(record: Y.Map<unknown>, input: FundInput, changed: (key: string, value: unknown) => boolean = () => true): void {
  const values: Readonly<Record<keyof FundInput, unknown>> = {
    direction: input.direction,
    status: input.status,
    amount: input.amount,
    dueDay: input.dueDay,
    paidDay: input.status === 'done' ? input.paidDay : null,
    counterparty: input.counterparty.trim(),
    workerId: input.workerId,
    categoryId: input.categoryId,
    taskId: input.taskId,
    note: input.note.trim(),
  };
  for (const [key, value] of Object.entries(values)) if (changed(key, value)) record.set(key, value);
}

/** A done entry's paid day against the caller's today (checkFund has checked it is a day). */
function checkWrittenPaidDay(input: FundInput, today: IsoDay): Result<void, FundFailure> {
  if (input.status !== 'done' || input.paidDay === null) return ok(undefined);
  const paid = checkPaidDay(input.paidDay, today);
  return paid.ok ? ok(undefined) : paid;
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
