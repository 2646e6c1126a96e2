import { describe, expect, it } from 'vitest';
import type { LabourRecordId, WorkerId } from '../finance/finance-ids';
import type { LabourRecord } from '../finance/labour-record';
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';
import type { UserId } from '../../ids';
import { readPointsFacts } from './points-facts';
import { signOffFacts } from './sign-off-facts';

const SIGNER = 'user_Owner000001' as UserId;

function record(id: string, signed: { by: string | null; at: number | null } | null): LabourRecord {
  return {
    id: id as LabourRecordId, workerId: 'worker_Zhang00001' as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0,
    hoursPerDay: 8, pay: 'day-rate', dayRate: 35_000 as Fen, pieceRate: 0 as Fen, quantity: 0, overtimeHours: 0, overtimeRate: 0 as Fen,
    content: '砌墙', taskId: null, foremanId: null,
    signOff: signed === null ? 'pending' : 'signed', signedBy: signed?.by ?? null, signedAt: signed?.at ?? null,
  };
}

describe('labour sign-offs as point facts', () => {
  it('keeps only signed records with a signer, a time and pay (a ¥0 record scores nothing), and nothing of their money or worker', () => {
    const facts = signOffFacts([
      record('lab_Later0000001', { by: SIGNER, at: 2_000 }),
      record('lab_Pending00001', null),
      record('lab_NoSigner0001', { by: null, at: 1_000 }),
      record('lab_NotAUser0001', { by: 'not a user id!', at: 1_000 }),
      { ...record('lab_ZeroPay00001', { by: SIGNER, at: 1_500 }), dayRate: 0 as Fen },
      record('lab_First0000001', { by: SIGNER, at: 1_000 }),
    ]);
    expect(facts).toEqual([
      { recordId: 'lab_First0000001', day: '2026-03-02', signedBy: SIGNER, signedAt: 1_000 },
      { recordId: 'lab_Later0000001', day: '2026-03-02', signedBy: SIGNER, signedAt: 2_000 },
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/35000|worker_|砌墙/);
  });
});

describe('reading the points facts from the network', () => {
  it('keeps good sign-offs and flags, skips bad items (a relay from before flags sends none), and refuses what is not an answer', () => {
    const good = { recordId: 'lab_First0000001', day: '2026-03-02', signedBy: SIGNER, signedAt: 1_000 };
    expect(readPointsFacts({ ok: true, signOffs: [good, { ...good, day: '2026-02-30' }, { ...good, signedBy: 'x' }, { ...good, signedAt: -1 }, { ...good, recordId: '' }, null, 'lab'] }))
      .toEqual({ signOffs: [good], flaggedCheckIns: [] });
    const flag = { key: `${SIGNER}:2026-03-02`, at: 1_000, reason: 'replaced' };
    expect(readPointsFacts({ signOffs: [], flaggedCheckIns: [flag, { ...flag, reason: 'odd' }, { ...flag, at: 1.5 }, { ...flag, key: 7 }] }))
      .toEqual({ signOffs: [], flaggedCheckIns: [flag] });
    expect(readPointsFacts(null)).toBeNull();
    expect(readPointsFacts({ signOffs: 'all' })).toBeNull();
    expect(readPointsFacts('{"signOffs":[]}')).toBeNull();
  });
});
