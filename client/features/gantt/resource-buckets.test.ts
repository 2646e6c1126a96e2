import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { computeResourceLoad } from '../../../shared/domain/schedule/resource-load';
import type { IsoDay } from '../../../shared/iso-day';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/schema';
import { loadGrid } from './resource-buckets';

const day = (value: string): IsoDay => value as IsoDay;
// Plain weekdays only: the China preset's 2026 holidays would take days out of these weeks.
const calendar = buildWorkingCalendar({ ...DEFAULT_CALENDAR_SETTINGS, preset: 'none' });
// Mon 2026-03-02 … Fri 2026-03-13: two working weeks
const range = { from: day('2026-03-02'), to: day('2026-03-13') };
const load = computeResourceLoad([
  { id: 'a', assignees: ['ann'], start: day('2026-03-02'), finish: day('2026-03-06'), duration: 5 },
  { id: 'b', assignees: ['ann', 'bo'], start: day('2026-03-05'), finish: day('2026-03-10'), duration: 4 },
  { id: 'm', assignees: ['bo'], start: day('2026-03-12'), finish: day('2026-03-12'), duration: 0 },
], calendar, range);

describe('the resource-load grid', () => {
  it('has a column per working day, each with the most tasks that day and whether it is too many', () => {
    const grid = loadGrid(load, 'day');
    expect(grid.columns.map((column) => column.first)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    const ann = grid.rows.find((row) => row.assignee === 'ann');
    expect(ann?.cells.map((cell) => cell.peak)).toEqual([1, 1, 1, 2, 2, 1, 1, 0, 0, 0]);
    expect(ann?.cells.map((cell) => cell.over)).toEqual([false, false, false, true, true, false, false, false, false, false]);
    expect(ann?.overDays).toBe(2);
  });

  it('groups working days into weeks from Monday, a week over when any of its days is', () => {
    const grid = loadGrid(load, 'week');
    expect(grid.columns).toEqual([{ first: '2026-03-02', from: 0, to: 4 }, { first: '2026-03-09', from: 5, to: 9 }]);
    expect(grid.rows.map((row) => [row.assignee, row.cells.map((cell) => `${cell.peak}${cell.over ? '!' : ''}`)])).toEqual([
      ['ann', ['2!', '1']],
      // a milestone takes no one's time
      ['bo', ['1', '1']],
    ]);
  });

  it('starts a week column at its Monday even when the range starts mid-week', () => {
    const midweek = computeResourceLoad([], calendar, { from: day('2026-03-04'), to: day('2026-03-10') });
    expect(loadGrid(midweek, 'week').columns.map((column) => column.first)).toEqual(['2026-03-02', '2026-03-09']);
  });
});
