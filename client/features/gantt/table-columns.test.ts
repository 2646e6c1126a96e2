import { describe, expect, it } from 'vitest';
import { tableWidth, visibleColumns } from './table-columns';

describe('table columns', () => {
  it('shows every column on a wide screen, variance only while comparing with a baseline', () => {
    expect(visibleColumns(false, false)).toEqual(['wbs', 'name', 'duration', 'start', 'finish', 'percent', 'assignees', 'float']);
    expect(visibleColumns(false, true).at(-1)).toBe('variance');
  });
  it('collapses to code and name on a phone, leaving most of a 360 px screen to the timeline', () => {
    expect(visibleColumns(true, true)).toEqual(['wbs', 'name']);
    expect(tableWidth(visibleColumns(true, false), true)).toBeLessThanOrEqual(180);
  });
});
