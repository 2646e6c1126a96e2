import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_CHECK_IN_NOTE_LENGTH, MAX_SITE_NAME_LENGTH } from '../domain/points/check-in';
import type { IsoDay } from '../iso-day';
import { checkIn, checkInKey } from './check-in-commands';
import { readCheckIn, readCheckIns } from './check-in-read';
import { ALICE, BOB, NOW, ORIGIN, syncAll } from './test-fixtures';
import { workspaceRoots } from './workspace-roots';

const DAY = '2026-11-23' as IsoDay;

describe('check-in (打卡)', () => {
  it('stores one check-in with a trimmed note and site, read back by the reader', () => {
    const doc = new Y.Doc();
    const result = checkIn(doc, { userId: ALICE, day: DAY, at: NOW, note: '  pour slab B2 \n', siteName: ' 3号楼   北侧 ' }, ORIGIN);
    expect(result).toEqual({ ok: true, value: { userId: ALICE, day: DAY, at: NOW, note: 'pour slab B2', siteName: '3号楼 北侧' } });
    expect(readCheckIns(doc)).toEqual([{ userId: ALICE, day: DAY, at: NOW, note: 'pour slab B2', siteName: '3号楼 北侧' }]);
    expect(readCheckIn(doc, ALICE, DAY)?.note).toBe('pour slab B2');
    expect(readCheckIn(doc, BOB, DAY)).toBeNull();
  });

  it('a second check-in the same day is refused and the first one stays as it was', () => {
    const doc = new Y.Doc();
    checkIn(doc, { userId: ALICE, day: DAY, at: NOW, note: 'first' }, ORIGIN);
    expect(checkIn(doc, { userId: ALICE, day: DAY, at: NOW + 3_600_000, note: 'second' }, ORIGIN)).toEqual({ ok: false, reason: 'already-checked-in' });
    expect(readCheckIns(doc).map((record) => record.note)).toEqual(['first']);
    // the next day and another person are separate check-ins
    expect(checkIn(doc, { userId: ALICE, day: '2026-11-24' as IsoDay, at: NOW + 86_400_000 }, ORIGIN).ok).toBe(true);
    expect(checkIn(doc, { userId: BOB, day: DAY, at: NOW }, ORIGIN).ok).toBe(true);
    expect(readCheckIns(doc)).toHaveLength(3);
  });

  it('a late check-in keeps its real time', () => {
    const doc = new Y.Doc();
    const late = NOW + 7 * 3_600_000 + 40 * 60_000;
    checkIn(doc, { userId: ALICE, day: DAY, at: late }, ORIGIN);
    expect(readCheckIn(doc, ALICE, DAY)?.at).toBe(late);
  });

  it('refuses a note or site name over the limits, and malformed input, writing nothing', () => {
    const doc = new Y.Doc();
    expect(checkIn(doc, { userId: ALICE, day: DAY, at: NOW, note: 'x'.repeat(MAX_CHECK_IN_NOTE_LENGTH + 1) }, ORIGIN)).toEqual({ ok: false, reason: 'note-too-long' });
    expect(checkIn(doc, { userId: ALICE, day: DAY, at: NOW, siteName: 'x'.repeat(MAX_SITE_NAME_LENGTH + 1) }, ORIGIN)).toEqual({ ok: false, reason: 'site-too-long' });
    expect(checkIn(doc, { userId: ALICE, day: '2026-02-30' as IsoDay, at: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-check-in' });
    expect(checkIn(doc, { userId: ALICE, day: DAY, at: Number.NaN }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-check-in' });
    expect(workspaceRoots(doc).checkIns.size).toBe(0);
    expect(checkIn(doc, { userId: ALICE, day: DAY, at: NOW, note: 'x'.repeat(MAX_CHECK_IN_NOTE_LENGTH) }, ORIGIN).ok).toBe(true);
  });

  it('two devices of one person checking in offline the same day converge to the same single check-in', () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    phone.clientID = 1;
    laptop.clientID = 2;
    expect(checkIn(phone, { userId: ALICE, day: DAY, at: NOW, note: 'from the phone' }, ORIGIN).ok).toBe(true);
    expect(checkIn(laptop, { userId: ALICE, day: DAY, at: NOW + 60_000, note: 'from the laptop' }, ORIGIN).ok).toBe(true);
    syncAll([phone, laptop]);
    const onPhone = readCheckIns(phone);
    expect(onPhone).toHaveLength(1);
    expect(readCheckIns(laptop)).toEqual(onPhone);
    // and the same winner whichever order the updates arrive in
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(laptop));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(phone));
    expect(readCheckIns(other)).toEqual(onPhone);
    expect(checkIn(phone, { userId: ALICE, day: DAY, at: NOW + 120_000 }, ORIGIN)).toEqual({ ok: false, reason: 'already-checked-in' });
  });

  it('the reader skips values that are not check-ins or sit under another key', () => {
    const doc = new Y.Doc();
    const { checkIns } = workspaceRoots(doc);
    checkIns.set(checkInKey(ALICE, DAY), { userId: BOB, day: DAY, at: NOW, note: '', siteName: '' });
    checkIns.set('junk', 42);
    checkIns.set(checkInKey(BOB, DAY), { userId: BOB, day: DAY, at: -5 });
    checkIns.set(checkInKey(ALICE, '2026-11-24' as IsoDay), { userId: ALICE, day: '2026-11-24', at: NOW, note: 7 });
    expect(readCheckIns(doc)).toEqual([{ userId: ALICE, day: '2026-11-24', at: NOW, note: '', siteName: '' }]);
  });
});
