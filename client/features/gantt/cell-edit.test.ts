import { describe, expect, it } from 'vitest';
import { cellEdit } from './cell-edit';

describe('cell edits', () => {
  it('turns typed text into the change for its column', () => {
    expect(cellEdit('name', '  Pour slab ')).toEqual({ title: 'Pour slab' });
    expect(cellEdit('duration', '5')).toEqual({ duration: 5 });
    expect(cellEdit('duration', '0')).toEqual({ duration: 0 });
    expect(cellEdit('percent', '40')).toEqual({ percentComplete: 40 });
    expect(cellEdit('start', '2026-03-09')).toEqual({ start: '2026-03-09' });
    expect(cellEdit('finish', '2026-03-20')).toEqual({ finish: '2026-03-20' });
  });
  it('refuses blanks, fractions, out-of-range numbers and impossible days', () => {
    expect(cellEdit('name', '   ')).toBeNull();
    expect(cellEdit('duration', '2.5')).toBeNull();
    expect(cellEdit('duration', '-1')).toBeNull();
    expect(cellEdit('duration', '')).toBeNull();
    expect(cellEdit('percent', '101')).toBeNull();
    expect(cellEdit('start', '2026-02-30')).toBeNull();
  });
  it('never edits derived columns', () => {
    expect(cellEdit('wbs', '1.2')).toBeNull();
    expect(cellEdit('float', '3')).toBeNull();
  });
});
