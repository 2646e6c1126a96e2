import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';
import { rowSlots, slotCount, slotsInRowOrder } from './row-slots';

const view = { scrollTop: 0, viewportHeight: 320, rowHeight: 32, rowCount: 10_000, overscan: 5 };

describe('row slots', () => {
  it('has room for the rows in view, a partly visible one and the overscan on both sides', () => {
    expect(slotCount(view)).toBe(10 + 1 + 10);
    expect(slotCount({ ...view, viewportHeight: 0 })).toBe(11);
    expect(slotCount({ ...view, rowHeight: 0 })).toBe(0);
  });
  it('fits every window the viewport can produce, wherever it is scrolled', () => {
    for (let scrollTop = 0; scrollTop < 5_000; scrollTop += 7) {
      const window = rowWindow({ ...view, scrollTop });
      expect(window.end - window.first).toBeLessThanOrEqual(slotCount(view));
    }
  });
  it('puts every row of the window in exactly one slot, and leaves slots empty only when the table is short', () => {
    const short = rowSlots({ first: 0, end: 15 }, 21, 15);
    expect(short.filter((row) => row >= 0).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(short.filter((row) => row < 0)).toHaveLength(6);
  });
  it('widens a short window with the rows after it, or before it at the end of the table', () => {
    expect([...rowSlots({ first: 0, end: 15 }, 21, 10_000)].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect([...rowSlots({ first: 9_990, end: 10_000 }, 21, 10_000)].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => 9_979 + i));
  });
  it('hands new rows only to as many slots as rows scrolled', () => {
    const before = rowSlots({ first: 26, end: 46 }, 21, 10_000);
    const after = rowSlots({ first: 29, end: 49 }, 21, 10_000);
    const changed = before.filter((row, slot) => after[slot] !== row);
    expect(changed).toEqual([26, 27, 28]);
    expect(after.filter((row) => !before.includes(row)).sort((a, b) => a - b)).toEqual([47, 48, 49]);
    expect(after.every((row) => row >= 0)).toBe(true);
  });
  it('grows to fit a window wider than the slots instead of losing rows', () => {
    const slots = rowSlots({ first: 3, end: 30 }, 10, 10_000);
    expect(slots).toHaveLength(27);
    expect(new Set(slots).size).toBe(27);
  });
  it('lists the slots in the order of their rows, wrapped round or not, without the empty ones', () => {
    const wrapped = rowSlots({ first: 26, end: 46 }, 21, 10_000);
    expect(slotsInRowOrder(wrapped).map((slot) => wrapped[slot])).toEqual(Array.from({ length: 21 }, (_, i) => 26 + i));
    expect(slotsInRowOrder([-1, 4, 2, -1, 3])).toEqual([2, 4, 1]);
  });
});
