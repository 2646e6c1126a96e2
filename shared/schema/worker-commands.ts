// Named writers for the worker roster in the workspace room: one transaction each.
import * as Y from 'yjs';
import type { WorkerId } from '../domain/finance/finance-ids';
import { newId } from '../ids';
import { isFen, type Fen } from '../money';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { cleanLine, MAX_NAME_LENGTH } from './limits';
import { MAX_PHONE_LENGTH } from './worker-read';
import { workspaceRoots } from './workspace-roots';

export type WorkerFailure = 'worker-not-found' | 'empty-or-too-long' | 'invalid-rate' | 'invalid-phone';

export interface WorkerInput {
  readonly name: string;
  readonly team: string;
  readonly trade: string;
  readonly defaultDayRate: Fen;
  readonly phone: string;
}

export function addWorker(doc: Y.Doc, input: WorkerInput, now: number, origin: unknown): Result<WorkerId, WorkerFailure> {
  const checked = checkWorker(input);
  if (!checked.ok) return checked;
  const id = newId<'worker'>();
  doc.transact(() => {
    // in the document first: writeWorkerFields reads each field before it writes it
    const record = new Y.Map<unknown>();
    workspaceRoots(doc).workers.set(id, record);
    writeWorkerFields(record, checked.value);
    record.set('active', true);
    record.set('createdAt', now);
  }, origin);
  return ok(id);
}

export function updateWorker(doc: Y.Doc, id: WorkerId, patch: Partial<WorkerInput> & { readonly active?: boolean }, origin: unknown): Result<void, WorkerFailure> {
  const record = workspaceRoots(doc).workers.get(id);
  if (!isRecordMap(record)) return fail('worker-not-found');
  const checked = checkWorker(patch);
  if (!checked.ok) return checked;
  doc.transact(() => {
    writeWorkerFields(record, checked.value);
    if (patch.active !== undefined && record.get('active') !== patch.active) record.set('active', patch.active);
  }, origin);
  return ok(undefined);
}

/** Takes a worker off the entry form; their records and summaries stay. */
export function deactivateWorker(doc: Y.Doc, id: WorkerId, origin: unknown): Result<void, WorkerFailure> {
  return updateWorker(doc, id, { active: false }, origin);
}

function checkWorker(input: Partial<WorkerInput>): Result<Partial<WorkerInput>, WorkerFailure> {
  const name = input.name === undefined ? undefined : cleanLine(input.name, MAX_NAME_LENGTH);
  if (name === null) return fail('empty-or-too-long');
  const tooLong = (text: string | undefined): boolean => text !== undefined && text.trim().length > MAX_NAME_LENGTH;
  if (tooLong(input.team) || tooLong(input.trade)) return fail('empty-or-too-long');
  if (input.defaultDayRate !== undefined && !(isFen(input.defaultDayRate) && input.defaultDayRate >= 0)) return fail('invalid-rate');
  if (input.phone !== undefined && (input.phone.trim().length > MAX_PHONE_LENGTH || !/^[\d\s+()-]*$/.test(input.phone.trim()))) return fail('invalid-phone');
  return ok({
    ...input,
    ...(name === undefined ? {} : { name }),
    ...(input.team === undefined ? {} : { team: input.team.trim() }),
    ...(input.trade === undefined ? {} : { trade: input.trade.trim() }),
    ...(input.phone === undefined ? {} : { phone: input.phone.trim() }),
  });
}

function writeWorkerFields(record: Y.Map<unknown>, input: Partial<WorkerInput>): void {
  for (const key of ['name', 'team', 'trade', 'defaultDayRate', 'phone'] as const) {
    const value = input[key];
    if (value !== undefined && record.get(key) !== value) record.set(key, value);
  }
}
