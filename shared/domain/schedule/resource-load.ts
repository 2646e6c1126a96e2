// Resource load: for each person, how many tasks they are on each working day of a range, and the
// days they are over-allocated (on more tasks than the threshold, 1 by default). Counted on working
// days only: a holiday inside a task is nobody's load. Milestones take no one's time.
import type { IsoDay } from '../../iso-day';
import { toDayNumber } from '../calendar/day-number';
import { makeWorkdayIndex, type WorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';

export interface ResourceTask {
  readonly id: string;
  readonly assignees: readonly string[];
  /** Scheduled dates (a leaf task's ScheduledTask start and finish); pass leaf tasks only, not summaries. */
  readonly start: IsoDay;
  readonly finish: IsoDay;
  /** Working days; 0 = a milestone, which is left out. */
  readonly duration: number;
}

export interface DayRange {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

export interface OverAllocation {
  readonly day: IsoDay;
  readonly count: number;
  /** The tasks overlapping that day, in input order. */
  readonly taskIds: readonly string[];
}

export interface AssigneeLoad {
  readonly assignee: string;
  /** Tasks on each working day, parallel to ResourceLoad.days. */
  readonly counts: readonly number[];
  readonly peak: number;
  readonly overAllocated: readonly OverAllocation[];
}

export interface ResourceLoad {
  /** The working days of the range, in order. */
  readonly days: readonly IsoDay[];
  /** Everyone assigned to a task in the range, sorted by id. */
  readonly assignees: readonly AssigneeLoad[];
  readonly threshold: number;
}

interface Span {
  readonly taskId: string;
  readonly first: number;
  readonly last: number;
}

export function computeResourceLoad(tasks: readonly ResourceTask[], calendar: WorkingCalendar, range: DayRange, threshold = 1): ResourceLoad {
  const index = makeWorkdayIndex(calendar, range.from);
  const first = index.indexOf(range.from);
  const last = lastIndexOnOrBefore(index, range.to);
  const days: IsoDay[] = [];
  for (let at = first; at <= last; at++) days.push(index.dayAt(at));

  const spans = new Map<string, Span[]>();
  for (const task of tasks) {
    if (!(task.duration > 0)) continue;
    const from = Math.max(first, index.indexOf(task.start));
    const to = Math.min(last, lastIndexOnOrBefore(index, task.finish));
    if (from > to) continue;
    for (const assignee of new Set(task.assignees)) {
      const list = spans.get(assignee) ?? [];
      list.push({ taskId: task.id, first: from - first, last: to - first });
      spans.set(assignee, list);
    }
  }

  const assignees = [...spans.keys()].sort().map((assignee): AssigneeLoad => {
    const list = spans.get(assignee) ?? [];
    const change = new Int32Array(days.length + 1);
    for (const span of list) {
      change[span.first] = (change[span.first] ?? 0) + 1;
      change[span.last + 1] = (change[span.last + 1] ?? 0) - 1;
    }
    const counts: number[] = [];
    const overAllocated: OverAllocation[] = [];
    let running = 0;
    for (let day = 0; day < days.length; day++) {
      running += change[day] ?? 0;
      counts.push(running);
      if (running <= threshold) continue;
      const taskIds = list.filter((span) => span.first <= day && day <= span.last).map((span) => span.taskId);
      overAllocated.push({ day: days[day] ?? range.from, count: running, taskIds });
    }
    return { assignee, counts, peak: Math.max(0, ...counts), overAllocated };
  });
  return { days, assignees, threshold };
}

/** The index of the last working day on or before `day`. */
function lastIndexOnOrBefore(index: WorkdayIndex, day: IsoDay): number {
  return index.indexOfDayNumber(toDayNumber(day) + 1) - 1;
}
