import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkerId } from '../../../shared/domain/finance/finance-ids';
import type { IsoDay } from '../../../shared/iso-day';
import { fen } from '../../../shared/money';
import { deleteLabour, readFinance, recordLabour, signLabour, updateLabour, type LabourInput } from '../../../shared/schema';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from '../../../shared/schema/test-fixtures';
import { deleteDecisions } from './delete-decisions';

const input = (day: string): LabourInput => ({
  workerId: 'worker_Wang00001' as WorkerId, day: day as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: '', taskId: null,
});

describe('labour records waiting for a delete decision', () => {
  it('counts every flagged record, voided or not, and names their days once each in order; plain deletes and live records are not counted', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const ids = ['2026-03-05', '2026-03-02', '2026-03-05', '2026-03-07', '2026-03-08'].map((day) => {
      const result = recordLabour(a, input(day), ALICE, NOW, ORIGIN);
      if (!result.ok) throw new Error(result.reason);
      return result.value;
    });
    syncAll([a, b]);
    const [late, early, sameDay, plain] = ids;
    if (late === undefined || early === undefined || sameDay === undefined || plain === undefined) throw new Error('not recorded');
    updateLabour(a, sameDay, { manDays: 2 }, NOW + 1, ORIGIN);
    for (const id of [late, early, sameDay, plain]) deleteLabour(a, id, ALICE, NOW + 2, ORIGIN);
    for (const id of [late, early, sameDay]) signLabour(b, id, BOB, NOW + 3, ORIGIN);
    syncAll([a, b]);
    expect(deleteDecisions(readFinance(a).labourRecords)).toEqual({ count: 3, days: ['2026-03-02', '2026-03-05'] });
    expect(deleteDecisions(readFinance(new Y.Doc()).labourRecords)).toEqual({ count: 0, days: [] });
  });
});
