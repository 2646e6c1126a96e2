import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LabourRecordId, WorkerId } from '../domain/finance/finance-ids';
import { labourAmount } from '../domain/finance/labour-record';
import type { IsoDay } from '../iso-day';
import { fen, type Fen } from '../money';
import { copyCrewFromDay, deleteLabour, recordLabour, signLabour, unsignLabour, updateLabour, type LabourInput } from './finance-labour-commands';
import { readFinance } from './finance-read';
import { financeRoots } from './finance-roots';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from './test-fixtures';

const WANG = 'worker_Wang00001' as WorkerId;
const LI = 'worker_Li0000001' as WorkerId;
const MONDAY = '2026-03-02' as IsoDay;
const TUESDAY = '2026-03-03' as IsoDay;

function input(overrides: Partial<LabourInput> = {}): LabourInput {
  return {
    workerId: WANG, day: MONDAY, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
    dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: ' 砌墙 ', taskId: null,
    ...overrides,
  };
}

function recorded(doc: Y.Doc, overrides: Partial<LabourInput> = {}): LabourRecordId {
  const result = recordLabour(doc, input(overrides), ALICE, NOW, ORIGIN);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** The record's map as stored (a tombstone included). */
function storedRecord(doc: Y.Doc, id: LabourRecordId): Y.Map<unknown> {
  const record = financeRoots(doc).labourRecords.get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no stored record ${id}`);
  return record;
}

describe('labour commands', () => {
  it('records a day of labour, unsigned, with the foreman and a trimmed content', () => {
    const doc = new Y.Doc();
    const id = recorded(doc, { overtimeHours: 1.5, overtimeRate: fen(5_000) });
    const [record] = readFinance(doc).labourRecords;
    expect(record).toMatchObject({ id, workerId: WANG, day: MONDAY, manDays: 1, content: '砌墙', foremanId: ALICE, signOff: 'pending', signedBy: null });
    expect(record && labourAmount(record)).toBe(42_500);
  });

  it('refuses quantities off the 0.5 step, negative rates and finer-than-thousandth quantities, writing nothing', () => {
    const doc = new Y.Doc();
    expect(recordLabour(doc, input({ manDays: 0.3 }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-time' });
    expect(recordLabour(doc, input({ overtimeHours: 1.25 }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-time' });
    expect(recordLabour(doc, input({ dayRate: -1 as Fen }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-rate' });
    expect(recordLabour(doc, input({ dayRate: 350.5 as Fen }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-rate' });
    expect(recordLabour(doc, input({ pay: 'piece-rate', quantity: 1.2345 }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-quantity' });
    expect(recordLabour(doc, input({ day: '2026-02-30' as IsoDay }), ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-day' });
    expect(financeRoots(doc).labourRecords.size).toBe(0);
  });

  it('sign-off: a signed record can be neither edited nor deleted until it is unsigned', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    expect(signLabour(doc, id, BOB, NOW + 5, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'signed', signedBy: BOB, signedAt: NOW + 5 });
    expect(updateLabour(doc, id, { manDays: 2 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
    expect(deleteLabour(doc, id, ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
    expect(signLabour(doc, id, BOB, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
    expect(unsignLabour(doc, id, NOW, ORIGIN).ok).toBe(true);
    expect(unsignLabour(doc, id, NOW, ORIGIN)).toEqual({ ok: false, reason: 'not-signed' });
    expect(updateLabour(doc, id, { manDays: 1.5 }, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ manDays: 1.5, signOff: 'pending', signedBy: null });
    expect(deleteLabour(doc, id, ALICE, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).labourRecords).toEqual([]);
  });

  it('copies yesterday’s crew to today as new unsigned records, skipping workers already recorded today', () => {
    const doc = new Y.Doc();
    const wang = recorded(doc, { workerId: WANG, manDays: 1.5, taskId: 'task_T100000001' });
    recorded(doc, { workerId: LI, pay: 'piece-rate', pieceRate: fen(4_000), quantity: 12.5 });
    signLabour(doc, wang, BOB, NOW, ORIGIN);
    recorded(doc, { workerId: LI, day: TUESDAY, manDays: 0.5 });
    const copied = copyCrewFromDay(doc, MONDAY, TUESDAY, BOB, NOW + 60, ORIGIN);
    expect(copied.ok && copied.value.length).toBe(1);
    const tuesday = readFinance(doc).labourRecords.filter((record) => record.day === TUESDAY);
    expect(tuesday.map((record) => [record.workerId, record.manDays, record.signOff]).sort()).toEqual([
      [LI, 0.5, 'pending'],
      [WANG, 1.5, 'pending'],
    ]);
    expect(tuesday.find((record) => record.workerId === WANG)).toMatchObject({ taskId: 'task_T100000001', foremanId: BOB, signedBy: null });
    expect(copyCrewFromDay(doc, MONDAY, TUESDAY, BOB, NOW, ORIGIN)).toEqual({ ok: false, reason: 'nothing-to-copy' });
    expect(copyCrewFromDay(doc, MONDAY, MONDAY, BOB, NOW, ORIGIN)).toEqual({ ok: false, reason: 'same-day' });
  });

  it('keeps a piece-rate unit as typed (trimmed), copies it with the crew, changes it, refuses one too long', () => {
    const doc = new Y.Doc();
    const id = recorded(doc, { pay: 'piece-rate', dayRate: fen(0), pieceRate: fen(1_235), quantity: 40.125, pieceUnit: ' ㎡ ' });
    const plain = recorded(doc, { workerId: LI });
    const byId = () => new Map(readFinance(doc).labourRecords.map((record) => [record.id, record]));
    expect(byId().get(id)).toMatchObject({ pieceUnit: '㎡', quantity: 40.125 });
    expect(byId().get(plain)).not.toHaveProperty('pieceUnit');
    expect(copyCrewFromDay(doc, MONDAY, TUESDAY, BOB, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).labourRecords.find((record) => record.day === TUESDAY && record.workerId === WANG)).toMatchObject({ pieceUnit: '㎡' });
    expect(updateLabour(doc, id, { pieceUnit: '米' }, NOW, ORIGIN).ok).toBe(true);
    expect(byId().get(id)?.pieceUnit).toBe('米');
    const before = Y.encodeStateAsUpdate(doc);
    expect(updateLabour(doc, id, { pieceUnit: 'x'.repeat(17) }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'too-long' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('an edit made offline to a record a teammate deleted stays deleted on both devices, not even half of it comes back', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const id = recorded(a);
    syncAll([a, b]);
    expect(deleteLabour(a, id, ALICE, NOW, ORIGIN).ok).toBe(true);
    expect(updateLabour(b, id, { manDays: 2, content: '抹灰' }, NOW + 1, { name: 'teammate' }).ok).toBe(true);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords).toEqual([]);
      // what stays is the tombstone (who deleted it, when), read as no record at all
      expect(storedRecord(doc, id).get('deletedBy')).toBe(ALICE);
    }
  });

  it('an edit or delete saved after a teammate’s delete or sign-off arrived is refused by name and writes nothing', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const gone = recorded(a);
    const signed = recorded(a, { workerId: LI });
    syncAll([a, b]);
    expect(deleteLabour(a, gone, ALICE, NOW, ORIGIN).ok).toBe(true);
    expect(signLabour(a, signed, BOB, NOW, ORIGIN).ok).toBe(true);
    syncAll([a, b]);
    const before = Y.encodeStateAsUpdate(b);
    expect(updateLabour(b, gone, { manDays: 2 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'labour-not-found' });
    expect(deleteLabour(b, gone, ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'labour-not-found' });
    expect(updateLabour(b, signed, { manDays: 2 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
    expect(deleteLabour(b, signed, ALICE, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
    expect(Y.encodeStateAsUpdate(b)).toEqual(before);
  });

  it('each command is one transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => void (updates += 1));
    recorded(doc);
    recorded(doc, { workerId: LI });
    copyCrewFromDay(doc, MONDAY, TUESDAY, ALICE, NOW, ORIGIN);
    expect(updates).toBe(3);
  });
});
