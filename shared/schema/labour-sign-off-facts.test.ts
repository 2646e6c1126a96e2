import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkerId } from '../domain/finance/finance-ids';
import { newId, type UserId } from '../ids';
import type { IsoDay } from '../iso-day';
import { fen } from '../money';
import { recordLabour, signLabour, unsignLabour, type LabourInput } from './finance-labour-commands';
import { readSignOffFacts, touchedSignOffFacts } from './labour-sign-off-facts';

const SIGNER = 'user_Owner000001' as UserId;
const LABOUR: LabourInput = {
  workerId: newId<'worker'>() as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: '', taskId: null,
};

function updateOf(doc: Y.Doc, write: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', listener);
  write();
  doc.off('update', listener);
  return Y.mergeUpdates(updates);
}

describe('labour sign-off facts of a finance room', () => {
  it('reads the signed records of the whole room, and for one update only the records it touched', () => {
    const doc = new Y.Doc();
    const a = recordLabour(doc, LABOUR, null, 1, 'test');
    const b = recordLabour(doc, LABOUR, null, 1, 'test');
    if (!a.ok || !b.ok) throw new Error('recordLabour failed');
    signLabour(doc, a.value, SIGNER, 10, 'test');
    expect(readSignOffFacts(doc)).toEqual([{ recordId: a.value, day: '2026-03-02', signedBy: SIGNER, signedAt: 10 }]);

    const signing = updateOf(doc, () => signLabour(doc, b.value, SIGNER, 20, 'test'));
    expect(touchedSignOffFacts(doc, signing)).toEqual([{ recordId: b.value, fact: { recordId: b.value, day: '2026-03-02', signedBy: SIGNER, signedAt: 20 } }]);
    const withdrawing = updateOf(doc, () => unsignLabour(doc, a.value, 30, 'test'));
    expect(touchedSignOffFacts(doc, withdrawing)).toEqual([{ recordId: a.value, fact: null }]);
    const other = updateOf(doc, () => doc.getMap('costEntries').set('x', 1));
    expect(touchedSignOffFacts(doc, other)).toEqual([]);
  });
});
