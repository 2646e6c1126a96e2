// The paid-day rule in the fund commands themselves: with the caller's today, a paid day more than one
// day ahead is refused by recordFund, updateFund and markFundPaid alike, and nothing is written.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { FundEntryId } from '../domain/finance/finance-ids';
import type { IsoDay } from '../iso-day';
import { yuan } from '../money';
import { markFundPaid, recordFund, updateFund, type FundInput } from './finance-fund-commands';
import { readFinance } from './finance-read';
import { NOW, ORIGIN } from './test-fixtures';

const TODAY = '2026-02-28' as IsoDay;
const TOMORROW = '2026-03-01' as IsoDay;
const IN_TWO_DAYS = '2026-03-02' as IsoDay;
const planned: FundInput = {
  direction: 'payment', status: 'planned', amount: yuan(800), dueDay: TODAY, paidDay: null, counterparty: 'Crane hire', workerId: null, categoryId: null, taskId: null, note: '',
};
const done = (paidDay: IsoDay): FundInput => ({ ...planned, status: 'done', paidDay });

function recorded(doc: Y.Doc, input: FundInput = planned, today: IsoDay = TODAY): FundEntryId {
  const result = recordFund(doc, input, today, NOW, ORIGIN);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('the paid day in the fund commands', () => {
  it('recordFund takes a done entry paid today, on any past day or tomorrow, and refuses two days ahead', () => {
    const doc = new Y.Doc();
    for (const day of [TODAY, '2019-07-01' as IsoDay, TOMORROW]) expect(recordFund(doc, done(day), TODAY, NOW, ORIGIN).ok).toBe(true);
    const before = Y.encodeStateAsUpdate(doc);
    expect(recordFund(doc, done(IN_TWO_DAYS), TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'paid-day-in-future' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    // a planned entry has no paid day, so a due day far ahead is fine
    expect(recordFund(doc, { ...planned, dueDay: '2027-01-01' as IsoDay }, TODAY, NOW, ORIGIN).ok).toBe(true);
  });

  it('markFundPaid refuses two days ahead and a non-day, writing nothing; tomorrow is allowed', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    const before = Y.encodeStateAsUpdate(doc);
    expect(markFundPaid(doc, id, IN_TWO_DAYS, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'paid-day-in-future' });
    expect(markFundPaid(doc, id, '2026-02-30' as IsoDay, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-day' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(markFundPaid(doc, id, TOMORROW, TODAY, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).fundEntries[0]).toMatchObject({ status: 'done', paidDay: TOMORROW });
  });

  it('updateFund holds a paid day it sets to the rule, and leaves one stored earlier alone when other fields change', () => {
    const doc = new Y.Doc();
    const id = recorded(doc);
    const before = Y.encodeStateAsUpdate(doc);
    expect(updateFund(doc, id, { status: 'done', paidDay: IN_TWO_DAYS }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'paid-day-in-future' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    // stored by a device whose today was later: an edit of the amount goes through, moving the paid day further out does not
    const early = recorded(doc, done(IN_TWO_DAYS), IN_TWO_DAYS);
    expect(updateFund(doc, early, { amount: yuan(900) }, TODAY, NOW, ORIGIN).ok).toBe(true);
    expect(updateFund(doc, early, { paidDay: '2026-03-03' as IsoDay }, TODAY, NOW, ORIGIN)).toEqual({ ok: false, reason: 'paid-day-in-future' });
    expect(updateFund(doc, early, { paidDay: TODAY }, TODAY, NOW, ORIGIN).ok).toBe(true);
    expect(readFinance(doc).fundEntries.find((entry) => entry.id === early)).toMatchObject({ amount: yuan(900), paidDay: TODAY });
  });
});
