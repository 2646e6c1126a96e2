import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from '../calendar/china-calendar';
import { makeCalendar } from '../calendar/working-calendar';
import { computeResourceLoad, type ResourceTask } from './resource-load';

const day = (value: string): IsoDay => value as IsoDay;
const task = (id: string, assignees: string[], start: string, finish: string, duration = 1): ResourceTask => ({ id, assignees, start: day(start), finish: day(finish), duration });

describe('resource load', () => {
  const tasks = [
    task('A', ['wang', 'li'], '2026-03-02', '2026-03-04', 3),
    task('B', ['wang'], '2026-03-04', '2026-03-09', 4),
    task('C', ['wang'], '2026-03-06', '2026-03-06', 0),
    task('D', ['li'], '2026-02-25', '2026-03-03', 5),
    task('E', ['wang'], '2026-03-13', '2026-03-20', 6),
    task('F', ['zhao', 'zhao'], '2026-03-10', '2026-03-10', 1),
  ];
  const range = { from: day('2026-03-02'), to: day('2026-03-15') };

  it('counts overlapping tasks per person per working day, clipped to the range, milestones left out', () => {
    const load = computeResourceLoad(tasks, makeCalendar(), range);
    expect(load.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect(load.assignees.map((a) => a.assignee)).toEqual(['li', 'wang', 'zhao']);
    const [li, wang, zhao] = load.assignees;
    expect(wang?.counts).toEqual([1, 1, 2, 1, 1, 1, 0, 0, 0, 1]);
    expect(li?.counts).toEqual([2, 2, 1, 0, 0, 0, 0, 0, 0, 0]);
    // the same person listed twice on one task is still one task
    expect(zhao?.counts).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(wang?.peak).toBe(2);
  });

  it('flags the days someone is on more tasks than the threshold, with the tasks', () => {
    const load = computeResourceLoad(tasks, makeCalendar(), range);
    const byName = new Map(load.assignees.map((a) => [a.assignee, a.overAllocated]));
    expect(byName.get('wang')).toEqual([{ day: '2026-03-04', count: 2, taskIds: ['A', 'B'] }]);
    expect(byName.get('li')).toEqual([
      { day: '2026-03-02', count: 2, taskIds: ['A', 'D'] },
      { day: '2026-03-03', count: 2, taskIds: ['A', 'D'] },
    ]);
    expect(byName.get('zhao')).toEqual([]);
    const relaxed = computeResourceLoad(tasks, makeCalendar(), range, 2);
    expect(relaxed.threshold).toBe(2);
    expect(relaxed.assignees.flatMap((a) => a.overAllocated)).toEqual([]);
  });

  it('puts no load on the Spring Festival and counts the make-up Saturdays', () => {
    const load = computeResourceLoad(
      [task('X', ['wang'], '2026-02-12', '2026-02-27', 7), task('Y', ['wang'], '2026-02-24', '2026-02-25', 2)],
      chinaCalendar(),
      { from: day('2026-02-09'), to: day('2026-02-28') },
    );
    expect(load.days).toEqual(['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']);
    expect(load.assignees[0]?.counts).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 1, 1, 0]);
    expect(load.assignees[0]?.overAllocated.map((over) => over.day)).toEqual(['2026-02-24', '2026-02-25']);
  });

  it('is empty for a range that ends before it starts', () => {
    const load = computeResourceLoad(tasks, makeCalendar(), { from: day('2026-03-10'), to: day('2026-03-01') });
    expect(load.days).toEqual([]);
    expect(load.assignees).toEqual([]);
  });
});
