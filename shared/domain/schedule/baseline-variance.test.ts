import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { makeCalendar } from '../calendar/working-calendar';
import { baselineVariance, type BaselineDates } from './baseline-variance';
import { computeSchedule } from './compute-schedule';
import type { ScheduleTask } from './schedule-types';

const day = (value: string): IsoDay => value as IsoDay;
const plain = makeCalendar();
const task = (id: string, duration: number, extra: Partial<ScheduleTask> = {}): ScheduleTask => ({ id, parentId: null, start: null, duration, mode: 'auto', constraint: null, percentComplete: 0, ...extra });
const planned = (start: string, finish: string, duration: number) => ({ start: day(start), finish: day(finish), duration });

describe('variance against a baseline', () => {
  // now: A 2–4 March, B 5–6 March (after A), C 9 March (start no earlier than), D added since the baseline
  const scheduled = computeSchedule({
    tasks: [task('A', 3), task('B', 2), task('C', 1, { constraint: { kind: 'start-no-earlier-than', day: day('2026-03-09') } }), task('D', 1)],
    links: [{ id: 'AB', from: 'A', to: 'B', type: 'FS', lag: 0 }],
    calendar: plain,
    projectStart: day('2026-03-02'),
  });
  const baseline: BaselineDates = {
    tasks: {
      A: planned('2026-03-02', '2026-03-04', 3),
      B: planned('2026-03-03', '2026-03-03', 1),
      C: planned('2026-03-06', '2026-03-06', 1),
      gone: planned('2026-03-16', '2026-03-20', 5),
    },
  };

  it('gives start and finish variance per task in working days, later = positive', () => {
    const variance = baselineVariance(scheduled, baseline, plain);
    expect(variance.tasks.get('A')).toEqual({ id: 'A', baselineStart: '2026-03-02', baselineFinish: '2026-03-04', startVariance: 0, finishVariance: 0, durationVariance: 0 });
    // B: 3 → 5 March is two working days later; finish 3 → 6 March three; one day longer
    expect(variance.tasks.get('B')).toMatchObject({ startVariance: 2, finishVariance: 3, durationVariance: 1 });
    // C: Friday 6 → Monday 9 March is one working day across the weekend
    expect(variance.tasks.get('C')).toMatchObject({ startVariance: 1, finishVariance: 1 });
    expect(variance.notInBaseline).toEqual(['D']);
  });

  it('compares the project finish with the latest finish in the baseline', () => {
    const variance = baselineVariance(scheduled, baseline, plain);
    expect(scheduled.projectFinish).toBe('2026-03-09');
    expect(variance.baselineFinish).toBe('2026-03-20');
    // Monday 9 March is nine working days before Friday 20 March
    expect(variance.projectFinishVariance).toBe(-9);
  });

  it('counts a baseline day that is no longer worked as the next working day', () => {
    const holiday = makeCalendar({ holidays: new Set([day('2026-03-06')]) });
    const variance = baselineVariance(computeSchedule({ tasks: [task('C', 1)], links: [], calendar: holiday, projectStart: day('2026-03-09') }), { tasks: { C: planned('2026-03-06', '2026-03-06', 1) } }, holiday);
    expect(variance.tasks.get('C')).toMatchObject({ startVariance: 0, finishVariance: 0 });
  });

  it('has no finish variance against an empty baseline', () => {
    const variance = baselineVariance(scheduled, { tasks: {} }, plain);
    expect(variance).toMatchObject({ baselineFinish: null, projectFinishVariance: null, notInBaseline: ['A', 'B', 'C', 'D'] });
  });
});
