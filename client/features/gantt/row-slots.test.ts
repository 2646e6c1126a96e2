import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';
import { rowSlots, rowSlotsInView, slotCount, slotsInRowOrder } from './row-slots';

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

describe('row slots in a jump', () => {
  const slots = 21;
  const inView = (first: number): { first: number; end: number } => ({ first, end: first + 11 });
  it('gives new rows only to the slots whose row is in view and keeps the others', () => {
    const before = rowSlots({ first: 0, end: 21 }, slots, 10_000);
    const target = rowSlots({ first: 495, end: 516 }, slots, 10_000);
    const jumped = rowSlotsInView(before, target, inView(500), 10_000);
    const given = jumped.filter((row, slot) => row !== before[slot]);
    expect([...given].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => 500 + i));
    expect(jumped.filter((row, slot) => row === before[slot])).toHaveLength(slots - 11);
  });
  it('never shows a kept row in view, wherever the jump lands', () => {
    let previous = rowSlots({ first: 0, end: 21 }, slots, 10_000);
    for (let first = 37; first < 9_000; first += 293) {
      const view = inView(first);
      const next = rowSlotsInView(previous, rowSlots({ first: first - 5, end: first + 16 }, slots, 10_000), view, 10_000);
      for (let row = view.first; row < view.end; row++) expect(next.filter((shown) => shown === row)).toHaveLength(1);
      next.forEach((row, slot) => expect(row % slots).toBe(slot));
      previous = next;
    }
  });
  it('replaces a kept row the table no longer has, and takes the full slots when their number changed', () => {
    const target = rowSlots({ first: 0, end: 21 }, slots, 30);
    const previous = target.map((row) => row + 42);
    expect(rowSlotsInView(previous, target, inView(0), 30)).toEqual(target);
    expect(rowSlotsInView(previous.slice(1), target, inView(0), 30)).toEqual(target);
  });
});
