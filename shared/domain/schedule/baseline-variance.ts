// Variance against a saved baseline, in working days of the current calendar: positive = later than
// the baseline, negative = earlier. A day that is no longer worked (a holiday added since) counts as
// the next working day. The project finish variance compares the current finish with the latest
// finish in the baseline.
import type { IsoDay } from '../../iso-day';
import { makeWorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ScheduleResult } from './schedule-types';

/** What variance reads from a saved baseline (the schema's Baseline has this shape). */
export interface BaselineDates {
  readonly tasks: Readonly<Record<string, { readonly start: IsoDay; readonly finish: IsoDay; readonly duration: number }>>;
}

export interface TaskVariance {
  readonly id: string;
  readonly baselineStart: IsoDay;
  readonly baselineFinish: IsoDay;
  readonly startVariance: number;
  readonly finishVariance: number;
  /** Current duration minus the baseline's, in working days. */
  readonly durationVariance: number;
}

export interface BaselineVariance {
  readonly tasks: ReadonlyMap<string, TaskVariance>;
  /** Scheduled tasks the baseline does not know (added since it was saved), in schedule order. */
  readonly notInBaseline: readonly string[];
  /** The latest finish in the baseline, null for an empty one. */
  readonly baselineFinish: IsoDay | null;
  readonly projectFinishVariance: number | null;
}

export function baselineVariance(scheduled: ScheduleResult, baseline: BaselineDates, calendar: WorkingCalendar): BaselineVariance {
  const index = makeWorkdayIndex(calendar, scheduled.projectStart);
  const between = (from: IsoDay, to: IsoDay): number => index.indexOf(to) - index.indexOf(from);
  const tasks = new Map<string, TaskVariance>();
  const notInBaseline: string[] = [];
  for (const task of scheduled.tasks.values()) {
    const planned = Object.hasOwn(baseline.tasks, task.id) ? baseline.tasks[task.id] : undefined;
    if (planned === undefined) {
      notInBaseline.push(task.id);
      continue;
    }
    tasks.set(task.id, {
      id: task.id,
      baselineStart: planned.start,
      baselineFinish: planned.finish,
      startVariance: between(planned.start, task.start),
      finishVariance: between(planned.finish, task.finish),
      durationVariance: task.duration - planned.duration,
    });
  }
  let baselineFinish: IsoDay | null = null;
  for (const planned of Object.values(baseline.tasks)) if (baselineFinish === null || planned.finish > baselineFinish) baselineFinish = planned.finish;
  return {
    tasks,
    notInBaseline,
    baselineFinish,
    projectFinishVariance: baselineFinish === null ? null : between(baselineFinish, scheduled.projectFinish),
  };
}
