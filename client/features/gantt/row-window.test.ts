import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopToReveal } from './row-window';

const view = { scrollTop: 0, viewportHeight: 320, rowHeight: 32, rowCount: 10_000, overscan: 5 };

describe('row window', () => {
  it('builds the rows in view plus the overscan below at the top', () => {
    expect(rowWindow(view)).toEqual({ first: 0, end: 15, totalHeight: 320_000 });
  });
  it('builds overscan on both sides in the middle, counting a partly visible row', () => {
    expect(rowWindow({ ...view, scrollTop: 1000 })).toEqual({ first: 26, end: 47, totalHeight: 320_000 });
  });
  it('stops at the last row and survives an overscrolled or empty table', () => {
    expect(rowWindow({ ...view, scrollTop: 400_000 }).end).toBe(10_000);
    expect(rowWindow({ ...view, rowCount: 0 })).toEqual({ first: 0, end: 0, totalHeight: 0 });
    expect(rowWindow({ ...view, rowCount: 3 })).toEqual({ first: 0, end: 3, totalHeight: 96 });
  });
  it('scrolls a row above or below the view just into it, and leaves a visible one alone', () => {
    expect(scrollTopToReveal({ ...view, scrollTop: 640 }, 3)).toBe(96);
    expect(scrollTopToReveal(view, 12)).toBe(13 * 32 - 320);
    expect(scrollTopToReveal(view, 4)).toBeNull();
  });
});
