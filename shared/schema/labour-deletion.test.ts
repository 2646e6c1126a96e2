import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actualCosts, LABOUR_GROUPINGS, summarizeLabour, workerBalances } from '../domain/finance';
import type { LabourRecordId, WorkerId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { fen } from '../money';
import {
  deleteLabour, deleteSignedLabourAgain, keepDeletedLabour, recordLabour, signLabour, unsignLabour, updateLabour, type LabourInput,
} from './finance-labour-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

const WANG = 'worker_Wang00001' as WorkerId;
const LI = 'worker_Li0000001' as WorkerId;

const day: LabourInput = {
  workerId: WANG, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: '', taskId: null,
};

function recorded(doc: Y.Doc, input: LabourInput = day): LabourRecordId {
  const result = recordLabour(doc, input, ALICE, NOW, ORIGIN);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Every labour figure a screen shows: what must be identical on both devices. */
function totals(doc: Y.Doc) {
  const { labourRecords, costEntries, fundEntries } = readFinance(doc);
  return {
    summaries: LABOUR_GROUPINGS.map((grouping) => summarizeLabour(labourRecords, grouping)),
    owed: workerBalances(labourRecords, fundEntries).total.owed,
    cost: actualCosts(costEntries, labourRecords).reduce((sum, cost) => sum + cost.amount, 0),
  };
}

/** Foreman (a) deletes Wang's day offline while the manager (b) signs it offline; then they sync. */
function deletedWhileSigned(): { a: Y.Doc; b: Y.Doc; id: LabourRecordId } {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  const id = recorded(a);
  recorded(a, { ...day, workerId: LI, dayRate: fen(30_000) });
  syncAll([a, b]);
  expect(deleteLabour(a, id, ALICE, NOW + 10, ORIGIN).ok).toBe(true);
  expect(signLabour(b, id, BOB, NOW + 20, { name: 'manager' }).ok).toBe(true);
  syncAll([a, b]);
  return { a, b, id };
}

/** The record's map as stored (a tombstone included). */
function storedRecord(doc: Y.Doc, id: LabourRecordId): Y.Map<unknown> {
  const record = financeRoots(doc).labourRecords.get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no stored record ${id}`);
  return record;
}

describe('labour delete tombstones', () => {
  it('a delete merged with a concurrent sign-off keeps the signed record counted and flagged, identically on both devices', () => {
    const { a, b, id } = deletedWhileSigned();
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords.find((record) => record.id === id)).toMatchObject({
        signOff: 'signed', signedBy: BOB, deleteConflict: { deletedBy: ALICE, deletedAt: NOW + 10 },
      });
      expect(totals(doc).owed).toBe(35_000);
      expect(totals(doc).cost).toBe(35_000);
      expect(totals(doc).summaries[0]?.total.amount).toBe(65_000);
    }
    expect(totals(a)).toEqual(totals(b));
  });

  it('a plain delete reads as no record and every command refuses it as deleted', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    expect(deleteLabour(doc, id, ALICE, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).labourRecords).toEqual([]);
    expect(totals(doc).summaries.every((summary) => summary.total.amount === 0)).toBe(true);
    const before = Y.encodeStateAsUpdate(doc);
    for (const result of [
      updateLabour(doc, id, { manDays: 2 }, NOW, ORIGIN), signLabour(doc, id, BOB, NOW, ORIGIN), unsignLabour(doc, id, NOW, ORIGIN),
      deleteLabour(doc, id, ALICE, NOW, ORIGIN), keepDeletedLabour(doc, id, ORIGIN), deleteSignedLabourAgain(doc, id, ALICE, NOW, ORIGIN),
    ]) expect(result).toEqual({ ok: false, reason: 'labour-not-found' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('keep: the flag goes and the record stays signed on both devices, as if never deleted', () => {
    const { a, b, id } = deletedWhileSigned();
    expect(keepDeletedLabour(b, id, ORIGIN).ok).toBe(true);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      const record = readFinance(doc).labourRecords.find((one) => one.id === id);
      expect(record).toMatchObject({ signOff: 'signed', signedBy: BOB });
      expect(record).not.toHaveProperty('deleteConflict');
    }
    expect(keepDeletedLabour(a, id, ORIGIN)).toEqual({ ok: false, reason: 'no-delete-conflict' });
    // kept means live: the usual lock applies again
    expect(deleteLabour(a, id, ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
  });

  it('delete again: the sign-off is withdrawn in the same step and the record is gone on both devices', () => {
    const { a, b, id } = deletedWhileSigned();
    let updates = 0;
    a.on('update', () => void (updates += 1));
    expect(deleteSignedLabourAgain(a, id, BOB, NOW + 30, ORIGIN).ok).toBe(true);
    expect(updates).toBe(1);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords.map((record) => record.workerId)).toEqual([LI]);
      expect(totals(doc).owed).toBe(0);
    }
    expect(storedRecord(b, id).get('deletedBy')).toBe(BOB);
  });

  it('a record that was never deleted has no conflict to decide', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    signLabour(doc, id, BOB, NOW, ORIGIN);
    expect(keepDeletedLabour(doc, id, ORIGIN)).toEqual({ ok: false, reason: 'no-delete-conflict' });
    expect(deleteSignedLabourAgain(doc, id, BOB, NOW, ORIGIN)).toEqual({ ok: false, reason: 'no-delete-conflict' });
  });

  it('unsigning a flagged record lets the delete take effect', () => {
    const { a, id } = deletedWhileSigned();
    expect(unsignLabour(a, id, NOW + 40, ORIGIN).ok).toBe(true);
    expect(readFinance(a).labourRecords.some((record) => record.id === id)).toBe(false);
  });

  it('undo of a delete brings the record back as it was, in one step', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    expect(deleteLabour(doc, id, ALICE, NOW, ORIGIN).ok).toBe(true);
    undo.undo();
    const [record] = readFinance(doc).labourRecords;
    expect(record).toMatchObject({ id, workerId: WANG, signOff: 'pending' });
    expect(record).not.toHaveProperty('deleteConflict');
    expect(updateLabour(doc, id, { manDays: 1.5 }, NOW, ORIGIN).ok).toBe(true);
  });

  it('an offline edit merged into a deleted record does not bring it back, on either device', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const id = recorded(a);
    syncAll([a, b]);
    expect(deleteLabour(a, id, ALICE, NOW + 1, ORIGIN).ok).toBe(true);
    // b, offline, edits the record it still sees as live
    expect(updateLabour(b, id, { manDays: 2, content: 'plastering, 2nd floor' }, NOW + 2, ORIGIN).ok).toBe(true);
    expect(readFinance(b).labourRecords).toHaveLength(1);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords).toEqual([]);
      expect(storedRecord(doc, id).get('manDays')).toBe(2);
    }
    expect(totals(a)).toEqual(totals(b));
  });

  it('a record unsigned and deleted on one device stays gone on a device that changed nothing', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const id = recorded(a);
    signLabour(a, id, BOB, NOW, ORIGIN);
    syncAll([a, b]);
    // b unsigns and deletes while a, offline, changes nothing: a record deleted after unsigning stays gone
    expect(unsignLabour(b, id, NOW + 1, ORIGIN).ok).toBe(true);
    expect(deleteLabour(b, id, BOB, NOW + 2, ORIGIN).ok).toBe(true);
    syncAll([a, b]);
    expect(readFinance(a).labourRecords).toEqual([]);
    expect(totals(a)).toEqual(totals(b));
  });

  it('edited and deleted offline while the manager signs: the voided sign-off shows flagged and pending on both devices, never hidden', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const id = recorded(a);
    syncAll([a, b]);
    expect(updateLabour(a, id, { manDays: 1.5 }, NOW + 1, ORIGIN).ok).toBe(true);
    expect(deleteLabour(a, id, ALICE, NOW + 2, ORIGIN).ok).toBe(true);
    expect(signLabour(b, id, BOB, NOW + 3, { name: 'manager' }).ok).toBe(true);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords).toEqual([expect.objectContaining({
        id, manDays: 1.5, signOff: 'pending', signedBy: null, signOffVoided: true, deleteConflict: { deletedBy: ALICE, deletedAt: NOW + 2 },
      })]);
      // pending: listed in the summary (52,500 fen = 1.5 × ¥350), neither a cost nor owed
      expect(totals(doc).summaries[0]?.total.amount).toBe(52_500);
      expect(totals(doc).owed).toBe(0);
      expect(totals(doc).cost).toBe(0);
    }
    expect(totals(a)).toEqual(totals(b));
    // it can't be signed again while the delete is undecided
    const before = Y.encodeStateAsUpdate(b);
    expect(signLabour(b, id, BOB, NOW + 4, ORIGIN)).toEqual({ ok: false, reason: 'delete-undecided' });
    expect(Y.encodeStateAsUpdate(b)).toEqual(before);
  });

  it('keep on a voided delete conflict leaves a live record to check and sign again; delete again removes it', () => {
    const setup = (): { a: Y.Doc; b: Y.Doc; id: LabourRecordId } => {
      const [a, b] = [new Y.Doc(), new Y.Doc()];
      const id = recorded(a);
      syncAll([a, b]);
      updateLabour(a, id, { manDays: 1.5 }, NOW + 1, ORIGIN);
      deleteLabour(a, id, ALICE, NOW + 2, ORIGIN);
      signLabour(b, id, BOB, NOW + 3, { name: 'manager' });
      syncAll([a, b]);
      return { a, b, id };
    };
    const kept = setup();
    expect(keepDeletedLabour(kept.b, kept.id, ORIGIN).ok).toBe(true);
    syncAll([kept.a, kept.b]);
    for (const doc of [kept.a, kept.b]) {
      const record = readFinance(doc).labourRecords[0];
      expect(record).toMatchObject({ id: kept.id, signOff: 'pending', signOffVoided: true });
      expect(record).not.toHaveProperty('deleteConflict');
    }
    expect(signLabour(kept.a, kept.id, BOB, NOW + 5, ORIGIN).ok).toBe(true);
    expect(totals(kept.a).owed).toBe(52_500);

    const deleted = setup();
    expect(deleteSignedLabourAgain(deleted.a, deleted.id, ALICE, NOW + 5, ORIGIN).ok).toBe(true);
    syncAll([deleted.a, deleted.b]);
    for (const doc of [deleted.a, deleted.b]) expect(readFinance(doc).labourRecords).toEqual([]);
  });

  it('a deleted-and-signed record with broken deletion fields still reads as flagged, not as live or lost', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    signLabour(doc, id, BOB, NOW, ORIGIN);
    doc.transact(() => storedRecord(doc, id).set('deletedAt', 'yesterday'));
    expect(readFinance(doc).labourRecords[0]?.deleteConflict).toEqual({ deletedBy: null, deletedAt: 0 });
  });
});
