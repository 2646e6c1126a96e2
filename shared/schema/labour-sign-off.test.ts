// A sign-off racing an offline edit, on two devices: what was signed is never paid with figures the
// signer didn't see.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actualCosts } from '../domain/finance/labour-costs';
import type { WorkerId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { fen } from '../money';
import { recordLabour, signLabour, unsignLabour, updateLabour, type LabourInput } from './finance-labour-commands';
import { readFinance } from './finance-read';
import { isRecordMap } from './fields';
import { financeRoots } from './finance-roots';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from './test-fixtures';

const OFFLINE = { name: 'offline teammate' };
const day: LabourInput = {
  workerId: 'worker_Wang00001' as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: '砌墙', taskId: null,
};

function storedRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const stored = financeRoots(doc).labourRecords.get(id);
  if (!isRecordMap(stored)) throw new Error(`no record ${id}`);
  return stored;
}

function signedOnOneEditedOnTheOther(patch: Partial<LabourInput>) {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  const recorded = recordLabour(a, day, ALICE, NOW, ORIGIN);
  if (!recorded.ok) throw new Error(recorded.reason);
  syncAll([a, b]);
  expect(signLabour(a, recorded.value, BOB, NOW + 1, ORIGIN).ok).toBe(true);
  expect(updateLabour(b, recorded.value, patch, NOW + 2, OFFLINE).ok).toBe(true);
  syncAll([a, b]);
  return { a, b, id: recorded.value };
}

describe('a sign-off racing an offline edit', () => {
  it('an offline change of the pay voids the sign-off on both devices: not signed, not a cost, and signing again holds', () => {
    const { a, b, id } = signedOnOneEditedOnTheOther({ manDays: 2 });
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords).toEqual([expect.objectContaining({ id, manDays: 2, signOff: 'pending', signedBy: null, signedAt: null, signOffVoided: true })]);
      const { costEntries, labourRecords } = readFinance(doc);
      expect(actualCosts(costEntries, labourRecords)).toEqual([]);
    }
    expect(unsignLabour(b, id, NOW, ORIGIN)).toEqual({ ok: false, reason: 'not-signed' });
    expect(signLabour(b, id, ALICE, NOW + 3, ORIGIN).ok).toBe(true);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords[0]).toMatchObject({ manDays: 2, signOff: 'signed', signedBy: ALICE });
      expect(readFinance(doc).labourRecords[0]).not.toHaveProperty('signOffVoided');
    }
  });

  it('an offline change of only the work done leaves the sign-off standing', () => {
    const { a, b } = signedOnOneEditedOnTheOther({ content: '抹灰' });
    for (const doc of [a, b]) {
      expect(readFinance(doc).labourRecords[0]).toMatchObject({ content: '抹灰', signOff: 'signed', signedBy: BOB });
      expect(readFinance(doc).labourRecords[0]).not.toHaveProperty('signOffVoided');
    }
  });

  it('a voided sign-off is cleared by the next edit, so changing the figures back does not sign it again', () => {
    const { b, id } = signedOnOneEditedOnTheOther({ dayRate: fen(40_000) });
    expect(updateLabour(b, id, { dayRate: fen(35_000) }, NOW + 3, ORIGIN).ok).toBe(true);
    expect(readFinance(b).labourRecords[0]).toMatchObject({ dayRate: 35_000, signOff: 'pending' });
    expect(readFinance(b).labourRecords[0]).not.toHaveProperty('signOffVoided');
    expect(storedRecord(b, id).has('signedFigures')).toBe(false);
  });

  it('a record signed before sign-offs kept their figures stays signed', () => {
    const doc = new Y.Doc();
    const recorded = recordLabour(doc, day, ALICE, NOW, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    const stored = storedRecord(doc, recorded.value);
    doc.transact(() => {
      stored.set('signOff', 'signed');
      stored.set('signedBy', BOB);
      stored.set('signedAt', NOW);
    });
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'signed', signedBy: BOB });
    expect(updateLabour(doc, recorded.value, { manDays: 2 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'record-signed' });
  });

  it('an offline change of only the piece unit voids the sign-off: 40 ㎡ is not 40 m', () => {
    const piece: Partial<LabourInput> = { pay: 'piece-rate', dayRate: fen(0), pieceRate: fen(1_250), quantity: 40, pieceUnit: '㎡' };
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const recorded = recordLabour(a, { ...day, ...piece }, ALICE, NOW, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    syncAll([a, b]);
    // b is offline from here: it saw the record but not the sign-off
    expect(signLabour(a, recorded.value, BOB, NOW + 1, ORIGIN).ok).toBe(true);
    expect(readFinance(a).labourRecords[0]).toMatchObject({ pieceUnit: '㎡', signOff: 'signed' });
    expect(updateLabour(b, recorded.value, { pieceUnit: 'm' }, NOW + 2, OFFLINE).ok).toBe(true);
    syncAll([a, b]);
    for (const doc of [a, b]) expect(readFinance(doc).labourRecords[0]).toMatchObject({ pieceUnit: 'm', signOff: 'pending', signOffVoided: true });
  });

  it('a sign-off stored in the first key form (without the piece unit) still holds, and an offline pay change still voids it', () => {
    const doc = new Y.Doc();
    const recorded = recordLabour(doc, day, ALICE, NOW, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    expect(signLabour(doc, recorded.value, BOB, NOW + 1, ORIGIN).ok).toBe(true);
    const stored = storedRecord(doc, recorded.value);
    const current = String(stored.get('signedFigures'));
    expect(current.startsWith('v2:')).toBe(true);
    // the first form: the same figures, no prefix, no piece unit (as written before 2026-12-03 afternoon)
    const [figures] = JSON.parse(current.slice('v2:'.length)) as [unknown, string];
    doc.transact(() => stored.set('signedFigures', JSON.stringify(figures)));
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'signed', signedBy: BOB });
    doc.transact(() => stored.set('manDays', 2));
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'pending', signOffVoided: true });
  });

  /** What a client from before signed figures writes: it knows signOff, signedBy and signedAt only. */
  const oldClient = {
    unsign: (stored: Y.Map<unknown>) => { stored.set('signOff', 'pending'); stored.set('signedBy', null); stored.set('signedAt', null); },
    sign: (stored: Y.Map<unknown>, at: number) => { stored.set('signOff', 'signed'); stored.set('signedBy', ALICE); stored.set('signedAt', at); },
  };

  it('an old client that unsigns, edits and signs again leaves a real sign-off, not one voided by the key of the earlier sign-off', () => {
    const doc = new Y.Doc();
    const recorded = recordLabour(doc, day, ALICE, NOW, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    expect(signLabour(doc, recorded.value, BOB, NOW + 1, ORIGIN).ok).toBe(true);
    const stored = storedRecord(doc, recorded.value);
    expect(stored.get('signedFiguresAt')).toBe(NOW + 1);
    doc.transact(() => oldClient.unsign(stored));
    doc.transact(() => stored.set('manDays', 2));
    doc.transact(() => oldClient.sign(stored, NOW + 9));
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'signed', signedBy: ALICE, manDays: 2 });
    expect(readFinance(doc).labourRecords[0]).not.toHaveProperty('signOffVoided');
    // and the key of the new client's own sign-off still guards the figures it signed
    expect(unsignLabour(doc, recorded.value, NOW + 10, ORIGIN).ok).toBe(true);
    expect(stored.has('signedFiguresAt')).toBe(false);
    expect(signLabour(doc, recorded.value, BOB, NOW + 11, ORIGIN).ok).toBe(true);
    doc.transact(() => stored.set('manDays', 3));
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'pending', signOffVoided: true });
  });

  it('a key written before keys named their sign-off (no signedFiguresAt) is still compared: an old client’s re-sign then reads as voided (fails safe)', () => {
    const doc = new Y.Doc();
    const recorded = recordLabour(doc, day, ALICE, NOW, ORIGIN);
    if (!recorded.ok) throw new Error(recorded.reason);
    expect(signLabour(doc, recorded.value, BOB, NOW + 1, ORIGIN).ok).toBe(true);
    const stored = storedRecord(doc, recorded.value);
    doc.transact(() => stored.delete('signedFiguresAt'));
    doc.transact(() => { oldClient.unsign(stored); stored.set('manDays', 2); oldClient.sign(stored, NOW + 9); });
    expect(readFinance(doc).labourRecords[0]).toMatchObject({ signOff: 'pending', signOffVoided: true });
  });
});
