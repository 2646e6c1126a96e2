// Named writers for day-labour records (点工). A signed record is agreed work: it can't be edited or
// deleted until it is unsigned, so what was signed is what gets paid. "Signed" is the sign-off as read
// (labour-sign-off.ts): one voided by an offline edit merged in later counts as not signed. A delete
// leaves a tombstone (labour-deletion.ts), so a delete and a sign-off made at the same time on two
// devices merge into a signed record flagged for a decision, never into signed work that vanished.
import * as Y from 'yjs';
import type { LabourRecordId, WorkerId } from '../domain/finance/finance-ids';
import {
  isHalfStep, isThreeDecimalQuantity, isValidHoursPerDay, MAX_PIECE_UNIT_LENGTH, type LabourRecord,
} from '../domain/finance/labour-record';
import { isId, newId, type UserId } from '../ids';
import { isIsoDay, type IsoDay } from '../iso-day';
import { isFen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { MAX_NOTE_LENGTH, readFinance, readLabourRecord } from './finance-read';
import { financeRoots } from './finance-roots';
import { clearDeletion, readDeletion, writeDeletion } from './labour-deletion';
import { signedFiguresKey } from './labour-sign-off';

export type LabourFailure =
  | 'labour-not-found' | 'record-signed' | 'not-signed' | 'invalid-worker' | 'invalid-day' | 'invalid-time'
  | 'invalid-rate' | 'invalid-quantity' | 'invalid-task' | 'too-long' | 'nothing-to-copy' | 'same-day' | 'no-delete-conflict'
  | 'delete-undecided';

/** What a command writes: the record without its id, foreman and sign-off (set by their own commands). */
export type LabourInput = Omit<LabourRecord, 'id' | 'foremanId' | 'signOff' | 'signedBy' | 'signedAt'>;

const LABOUR_INPUT_KEYS = [
  'workerId', 'day', 'timeUnit', 'manDays', 'hours', 'hoursPerDay', 'pay', 'dayRate', 'pieceRate', 'quantity', 'pieceUnit', 'overtimeHours', 'overtimeRate', 'content', 'taskId',
] as const satisfies readonly (keyof LabourInput)[];

/** The value stored for a field: texts trimmed; an optional field left out is not written (undefined). */
function storedValue(input: Partial<LabourInput>, key: (typeof LABOUR_INPUT_KEYS)[number]): unknown {
  if (key === 'content' || key === 'pieceUnit') return input[key]?.trim();
  return input[key];
}

export function recordLabour(doc: Y.Doc, input: LabourInput, foreman: UserId | null, now: number, origin: unknown): Result<LabourRecordId, LabourFailure> {
  const checked = checkLabour(input);
  if (!checked.ok) return checked;
  const id = newId<'labour-record'>();
  doc.transact(() => writeNewRecord(doc, id, input, foreman, now), origin);
  return ok(id);
}

export function updateLabour(doc: Y.Doc, id: LabourRecordId, patch: Partial<LabourInput>, now: number, origin: unknown): Result<void, LabourFailure> {
  const record = liveRecord(doc, id);
  if (record === null) return fail('labour-not-found');
  if (isSigned(id, record)) return fail('record-signed');
  const checked = checkLabour(patch);
  if (!checked.ok) return checked;
  doc.transact(() => {
    for (const key of LABOUR_INPUT_KEYS) {
      const value = storedValue(patch, key);
      // written only when it changes, so a teammate's concurrent edit of the same field isn't overridden needlessly
      if (value !== undefined && record.get(key) !== value) record.set(key, value);
    }
    // a sign-off voided by a merged edit is cleared, so it can't come back if the figures are changed back
    if (record.get('signOff') === 'signed') clearSignOff(record);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/** 签证: the signer agrees the record; from now on it counts as cost and as owed to the worker. */
export function signLabour(doc: Y.Doc, id: LabourRecordId, signer: UserId, now: number, origin: unknown): Result<void, LabourFailure> {
  const record = financeRoots(doc).labourRecords.get(id);
  if (!isRecordMap(record)) return fail('labour-not-found');
  const read = readLabourRecord(id, record);
  if (read === null) return fail('labour-not-found');
  if (read.signOff === 'signed') return fail('record-signed');
  // deleted while signed, then voided by a merged edit: kept or deleted first, then signed again
  if (read.deleteConflict !== undefined) return fail('delete-undecided');
  doc.transact(() => {
    record.set('signOff', 'signed');
    record.set('signedBy', signer);
    record.set('signedAt', now);
    record.set('signedFigures', signedFiguresKey(read));
    // which sign-off the key belongs to (labour-sign-off.ts: currentSignedFiguresKey)
    record.set('signedFiguresAt', now);
  }, origin);
  return ok(undefined);
}

/** Unsigning a record deleted while it was signed (a delete conflict) lets the delete take effect. */
export function unsignLabour(doc: Y.Doc, id: LabourRecordId, now: number, origin: unknown): Result<void, LabourFailure> {
  const record = liveRecord(doc, id);
  if (record === null) return fail('labour-not-found');
  if (!isSigned(id, record)) return fail('not-signed');
  doc.transact(() => {
    clearSignOff(record);
    record.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/** Leaves a tombstone (who, when) rather than removing the record; undo takes the tombstone back. */
export function deleteLabour(doc: Y.Doc, id: LabourRecordId, by: UserId | null, now: number, origin: unknown): Result<void, LabourFailure> {
  const record = liveRecord(doc, id);
  if (record === null) return fail('labour-not-found');
  if (isSigned(id, record)) return fail('record-signed');
  doc.transact(() => writeDeletion(record, by, now), origin);
  return ok(undefined);
}

/**
 * A record deleted on one device while signed on another: keep it as if the delete never was (signed, or
 * pending to be signed again when a merged edit voided the sign-off).
 */
export function keepDeletedLabour(doc: Y.Doc, id: LabourRecordId, origin: unknown): Result<void, LabourFailure> {
  const record = conflictRecord(doc, id);
  if (!record.ok) return record;
  doc.transact(() => clearDeletion(record.value), origin);
  return ok(undefined);
}

/** …or delete it after all: the sign-off is withdrawn in the same step, so the delete takes effect. */
export function deleteSignedLabourAgain(doc: Y.Doc, id: LabourRecordId, by: UserId | null, now: number, origin: unknown): Result<void, LabourFailure> {
  const record = conflictRecord(doc, id);
  if (!record.ok) return record;
  doc.transact(() => {
    clearSignOff(record.value);
    writeDeletion(record.value, by, now);
    record.value.set('updatedAt', now);
  }, origin);
  return ok(undefined);
}

/**
 * "Same crew as yesterday": a new, unsigned record on `to` for every worker with a record on `from`
 * who has none on `to` yet, with the same time, pay, content and task. Returns the new ids.
 */
export function copyCrewFromDay(doc: Y.Doc, from: IsoDay, to: IsoDay, foreman: UserId | null, now: number, origin: unknown): Result<LabourRecordId[], LabourFailure> {
  if (!isIsoDay(from) || !isIsoDay(to)) return fail('invalid-day');
  if (from === to) return fail('same-day');
  const records = readFinance(doc).labourRecords;
  const already = new Set(records.filter((record) => record.day === to).map((record) => record.workerId));
  const copied = new Set<WorkerId>();
  const sources = records.filter((record) => {
    if (record.day !== from || already.has(record.workerId) || copied.has(record.workerId)) return false;
    copied.add(record.workerId);
    return true;
  });
  if (sources.length === 0) return fail('nothing-to-copy');
  const ids = sources.map(() => newId<'labour-record'>());
  doc.transact(() => {
    sources.forEach((source, index) => {
      const id = ids[index];
      if (id === undefined) return;
      const { id: _id, signOff: _s, signedBy: _b, signedAt: _a, foremanId: _f, ...input } = source;
      writeNewRecord(doc, id, { ...input, day: to }, foreman, now);
    });
  }, origin);
  return ok(ids);
}

/** The record's map unless it is missing or a tombstone that no longer counts (deleted, not signed). */
function liveRecord(doc: Y.Doc, id: LabourRecordId): Y.Map<unknown> | null {
  const record = financeRoots(doc).labourRecords.get(id);
  if (!isRecordMap(record)) return null;
  return readDeletion(record) === null || isSigned(id, record) ? record : null;
}

function conflictRecord(doc: Y.Doc, id: LabourRecordId): Result<Y.Map<unknown>, LabourFailure> {
  const record = financeRoots(doc).labourRecords.get(id);
  if (!isRecordMap(record)) return fail('labour-not-found');
  const read = readLabourRecord(id, record);
  if (read === null) return fail('labour-not-found');
  return read.deleteConflict === undefined ? fail('no-delete-conflict') : ok(record);
}

function isSigned(id: LabourRecordId, record: Y.Map<unknown>): boolean {
  return readLabourRecord(id, record)?.signOff === 'signed';
}

function clearSignOff(record: Y.Map<unknown>): void {
  record.set('signOff', 'pending');
  record.set('signedBy', null);
  record.set('signedAt', null);
  if (record.has('signedFigures')) record.delete('signedFigures');
  if (record.has('signedFiguresAt')) record.delete('signedFiguresAt');
}

function writeNewRecord(doc: Y.Doc, id: LabourRecordId, input: LabourInput, foreman: UserId | null, now: number): void {
  const record = new Y.Map<unknown>();
  for (const key of LABOUR_INPUT_KEYS) {
    const value = storedValue(input, key);
    if (value !== undefined) record.set(key, value);
  }
  record.set('foremanId', foreman);
  record.set('signOff', 'pending');
  record.set('signedBy', null);
  record.set('signedAt', null);
  record.set('createdAt', now);
  record.set('updatedAt', now);
  financeRoots(doc).labourRecords.set(id, record);
}

function checkLabour(input: Partial<LabourInput>): Result<void, LabourFailure> {
  if (input.workerId !== undefined && !isId(input.workerId)) return fail('invalid-worker');
  if (input.day !== undefined && !isIsoDay(input.day)) return fail('invalid-day');
  for (const value of [input.manDays, input.hours, input.overtimeHours]) if (value !== undefined && !isHalfStep(value)) return fail('invalid-time');
  if (input.hoursPerDay !== undefined && !isValidHoursPerDay(input.hoursPerDay)) return fail('invalid-time');
  for (const rate of [input.dayRate, input.pieceRate, input.overtimeRate]) if (rate !== undefined && !(isFen(rate) && rate >= 0)) return fail('invalid-rate');
  if (input.quantity !== undefined && !isThreeDecimalQuantity(input.quantity)) return fail('invalid-quantity');
  if (input.taskId !== undefined && input.taskId !== null && !isId(input.taskId)) return fail('invalid-task');
  if (input.content !== undefined && input.content.length > MAX_NOTE_LENGTH) return fail('too-long');
  if (input.pieceUnit !== undefined && input.pieceUnit.trim().length > MAX_PIECE_UNIT_LENGTH) return fail('too-long');
  return ok(undefined);
}
