import { describe, expect, it } from 'vitest';
import type { UserId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { isFiltering, matchesFilter, NO_FILTER, tagsInUse, type BoardFilter } from './board-filters';
import { addDays, dueStatus, endOfWeek } from './due-status';

const ann = 'annANNannANNannA' as UserId;
const today = '2025-03-12' as IsoDay; // a Wednesday
const task = (over: { assignees?: UserId[]; tags?: string[]; dueDate?: string | null } = {}) => ({
  assignees: over.assignees ?? [], tags: over.tags ?? [], dueDate: (over.dueDate ?? null) as IsoDay | null,
});
const only = (filter: Partial<BoardFilter>): BoardFilter => ({ ...NO_FILTER, ...filter });

describe('matchesFilter', () => {
  it('shows everything without a filter', () => {
    expect(matchesFilter(task(), NO_FILTER, today)).toBe(true);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });
  it('keeps cards assigned to the chosen person or carrying the chosen tag', () => {
    expect(matchesFilter(task({ assignees: [ann] }), only({ assignee: ann }), today)).toBe(true);
    expect(matchesFilter(task(), only({ assignee: ann }), today)).toBe(false);
    expect(matchesFilter(task({ tags: ['电气'] }), only({ tag: '电气' }), today)).toBe(true);
    expect(matchesFilter(task({ tags: ['水暖'] }), only({ tag: '电气' }), today)).toBe(false);
  });
  it('sorts due dates into overdue, today, this week and none', () => {
    expect(matchesFilter(task({ dueDate: '2025-03-11' }), only({ due: 'overdue' }), today)).toBe(true);
    expect(matchesFilter(task({ dueDate: today }), only({ due: 'overdue' }), today)).toBe(false);
    expect(matchesFilter(task({ dueDate: today }), only({ due: 'today' }), today)).toBe(true);
    expect(matchesFilter(task({ dueDate: today }), only({ due: 'week' }), today)).toBe(true);
    expect(matchesFilter(task({ dueDate: '2025-03-16' }), only({ due: 'week' }), today)).toBe(true);
    expect(matchesFilter(task({ dueDate: '2025-03-17' }), only({ due: 'week' }), today)).toBe(false);
    expect(matchesFilter(task({ dueDate: '2025-03-11' }), only({ due: 'week' }), today)).toBe(false);
    expect(matchesFilter(task(), only({ due: 'none' }), today)).toBe(true);
    expect(matchesFilter(task({ dueDate: today }), only({ due: 'none' }), today)).toBe(false);
  });
  it('combines filters with "and"', () => {
    const filter = only({ assignee: ann, tag: 'a', due: 'today' });
    expect(matchesFilter(task({ assignees: [ann], tags: ['a'], dueDate: today }), filter, today)).toBe(true);
    expect(matchesFilter(task({ assignees: [ann], tags: ['b'], dueDate: today }), filter, today)).toBe(false);
  });
});

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31' as IsoDay, 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01' as IsoDay, -1)).toBe('2024-02-29');
  });
  it('ends the week on Sunday, and Sunday ends its own week', () => {
    expect(endOfWeek(today)).toBe('2025-03-16');
    expect(endOfWeek('2025-03-16' as IsoDay)).toBe('2025-03-16');
    expect(endOfWeek('2025-03-17' as IsoDay)).toBe('2025-03-23');
  });
  it('classifies a due date', () => {
    expect(dueStatus(null, today)).toBe('none');
    expect(dueStatus('2025-03-20' as IsoDay, today)).toBe('later');
  });
});

describe('tagsInUse', () => {
  it('lists each tag once, sorted', () => {
    expect(tagsInUse([task({ tags: ['b', 'a'] }), task({ tags: ['a'] })])).toEqual(['a', 'b']);
  });
});
