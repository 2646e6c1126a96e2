import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { makeCalendar } from '../calendar/working-calendar';
import { computeSchedule } from './compute-schedule';
import { assessDelayRisks } from './delay-risk';
import type { ScheduleLink, ScheduleTask } from './schedule-types';

const day = (value: string): IsoDay => value as IsoDay;
const plain = makeCalendar();
const MONDAY = day('2026-03-02');
const task = (id: string, duration: number, percentComplete = 0): ScheduleTask => ({ id, parentId: null, start: null, duration, mode: 'auto', constraint: null, percentComplete });
const fs = (from: string, to: string): ScheduleLink => ({ id: `${from}-${to}`, from, to, type: 'FS', lag: 0 });

function assess(tasks: ScheduleTask[], links: ScheduleLink[], today: string, baseline: Record<string, { start: IsoDay; finish: IsoDay; duration: number }> | null = null) {
  const scheduled = computeSchedule({ tasks, links, calendar: plain, projectStart: MONDAY });
  return assessDelayRisks({ tasks, links, scheduled, baseline: baseline === null ? null : { tasks: baseline }, calendar: plain, today: day(today) });
}

describe('delay risks', () => {
  // A (5 d, critical) → B (5 d): 2–6 and 9–13 March; C (3 d) → D (2 d) beside them with 5 days of float
  const tasks = [task('A', 5, 40), task('B', 5), task('C', 3, 50), task('D', 2)];
  const links = [fs('A', 'B'), fs('C', 'D')];

  it('lists behind-plan and late critical tasks, and the forecast finish against schedule and baseline, in priority order', () => {
    // Thursday 5 March: three working days of each task are past
    const result = assess(tasks, links, '2026-03-05', { A: { start: MONDAY, finish: day('2026-03-06'), duration: 5 }, B: { start: day('2026-03-06'), finish: day('2026-03-12'), duration: 5 } });
    expect(result.scheduledFinish).toBe('2026-03-13');
    // A needs ceil(5 × 60 %) = 3 more days from Thursday: it ends Monday 9 March, so B ends Monday 16 March
    expect(result.forecastFinish).toBe('2026-03-16');
    expect(result.baselineFinish).toBe('2026-03-12');
    expect(result.risks).toEqual([
      { taskId: null, critical: true, delayDays: 2, reasons: [{ kind: 'finish-after-schedule', byDays: 1 }, { kind: 'finish-after-baseline', byDays: 2 }] },
      { taskId: 'A', critical: true, delayDays: 1, reasons: [{ kind: 'behind-plan', plannedPercent: 60, actualPercent: 40 }, { kind: 'late-critical', daysLate: 1 }] },
      // C should be done (3 of 3 days past) and is half done: 2 more days, within its float
      { taskId: 'C', critical: false, delayDays: 2, reasons: [{ kind: 'behind-plan', plannedPercent: 100, actualPercent: 50 }] },
    ]);
  });

  it('starts a critical task that has not started by today no earlier than today', () => {
    // X (2 d) is done; Y (3 d) should have started on Wednesday 4 March
    const result = assess([task('X', 2, 100), task('Y', 3)], [fs('X', 'Y')], '2026-03-05');
    expect(result.risks).toEqual([
      { taskId: null, critical: true, delayDays: 1, reasons: [{ kind: 'finish-after-schedule', byDays: 1 }] },
      { taskId: 'Y', critical: true, delayDays: 1, reasons: [{ kind: 'behind-plan', plannedPercent: 33, actualPercent: 0 }, { kind: 'late-critical', daysLate: 1 }] },
    ]);
    expect(result.forecastFinish).toBe('2026-03-09');
    expect(result.baselineFinish).toBeNull();
  });

  it('finds nothing when work is on plan, and forecasts the scheduled finish', () => {
    const onPlan = [task('A', 5, 60), task('B', 5), task('C', 3, 100), task('D', 2, 50), task('M', 0)];
    const result = assess(onPlan, [...links, fs('B', 'M')], '2026-03-05');
    expect(result.risks).toEqual([]);
    expect(result.forecastFinish).toBe(result.scheduledFinish);
  });

  it('plans a milestone at 0 % until its day has passed', () => {
    const before = assess([task('A', 2, 100), task('M', 0)], [fs('A', 'M')], '2026-03-03');
    expect(before.risks).toEqual([]);
    const after = assess([task('A', 2, 100), task('M', 0)], [fs('A', 'M')], '2026-03-04');
    expect(after.risks.find((risk) => risk.taskId === 'M')?.reasons).toEqual([{ kind: 'behind-plan', plannedPercent: 100, actualPercent: 0 }, { kind: 'late-critical', daysLate: 1 }]);
  });
});
