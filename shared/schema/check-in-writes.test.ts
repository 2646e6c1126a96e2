import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { UserId } from '../ids';
import type { IsoDay } from '../iso-day';
import { checkIn, checkInKey } from './check-in-commands';
import { checkInWritesOf } from './check-in-writes';

const BO = 'user_BoLi0000001' as UserId;
const DAY = '2026-03-02' as IsoDay;
const AT = Date.parse('2026-03-02T01:00:00Z');

/** Runs `write` on `doc` and returns the one update it made. */
function updateOf(doc: Y.Doc, write: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', listener);
  write();
  doc.off('update', listener);
  expect(updates).toHaveLength(1);
  return updates[0]!;
}

describe('the check-ins an update wrote', () => {
  it('names the key and value of a check-in written by the command, as no replacement', () => {
    const doc = new Y.Doc();
    const update = updateOf(doc, () => checkIn(doc, { userId: BO, day: DAY, at: AT, note: 'Pour' }, 'test'));
    expect(checkInWritesOf(doc, update)).toEqual([{ key: checkInKey(BO, DAY), checkIn: { userId: BO, day: DAY, at: AT, note: 'Pour', siteName: '' }, replacedExisting: false }]);
  });

  it('a value set over one the writer held is a replacement; a concurrent one from another device is not', () => {
    const doc = new Y.Doc();
    checkIn(doc, { userId: BO, day: DAY, at: AT }, 'test');
    // a modified client writes straight into the map, over the check-in it holds
    const replaced = updateOf(doc, () => doc.getMap('checkIns').set(checkInKey(BO, DAY), { userId: BO, day: DAY, at: AT - 3_600_000, note: '', siteName: '' }));
    expect(checkInWritesOf(doc, replaced)).toEqual([expect.objectContaining({ replacedExisting: true, checkIn: expect.objectContaining({ at: AT - 3_600_000 }) })]);

    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    const fromPhone = updateOf(phone, () => checkIn(phone, { userId: BO, day: DAY, at: AT }, 'test'));
    const fromLaptop = updateOf(laptop, () => checkIn(laptop, { userId: BO, day: DAY, at: AT + 60_000 }, 'test'));
    const relay = new Y.Doc();
    Y.applyUpdate(relay, fromPhone);
    Y.applyUpdate(relay, fromLaptop);
    const written = [...checkInWritesOf(relay, fromPhone), ...checkInWritesOf(relay, fromLaptop)];
    // one of the two is the document's value now (Yjs picks the same one everywhere); neither replaced the other
    expect(written).toHaveLength(1);
    expect(written[0]?.replacedExisting).toBe(false);
  });

  it('ignores other roots, unreadable values come back as null, and bytes that are no update give nothing', () => {
    const doc = new Y.Doc();
    const other = updateOf(doc, () => doc.getMap('members').set(BO, 'x'));
    expect(checkInWritesOf(doc, other)).toEqual([]);
    const junk = updateOf(doc, () => doc.getMap('checkIns').set('nonsense', 42));
    expect(checkInWritesOf(doc, junk)).toEqual([{ key: 'nonsense', checkIn: null, replacedExisting: false }]);
    expect(checkInWritesOf(doc, new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});
