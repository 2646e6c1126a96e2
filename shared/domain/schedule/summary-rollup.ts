// Summary tasks are not scheduled: they span their leaves (earliest start to latest finish), their
// progress is the duration-weighted progress of the leaves, and their float is the smallest float
// among them.
import type { IsoDay } from '../../iso-day';
import type { WorkdayIndex } from '../calendar/workday-index';
import { toDayNumber } from '../calendar/day-number';
import type { ScheduledTask, ScheduleTask } from './schedule-types';
import type { WbsTree } from './wbs-tree';

export function rollUpSummaries(tasks: readonly ScheduleTask[], tree: WbsTree, scheduled: Map<string, ScheduledTask>, index: WorkdayIndex): void {
  for (const task of tasks) {
    if (!tree.isSummary(task.id)) continue;
    const leaves = tree.leavesOf(task.id).flatMap((id) => scheduled.get(id) ?? []);
    if (leaves.length === 0) continue;
    const start = pick(leaves.map((leaf) => leaf.start), (a, b) => a < b);
    const finish = pick(leaves.map((leaf) => leaf.finish), (a, b) => a > b);
    const lateStart = pick(leaves.map((leaf) => leaf.lateStart), (a, b) => a < b);
    const lateFinish = pick(leaves.map((leaf) => leaf.lateFinish), (a, b) => a > b);
    const weight = leaves.reduce((sum, leaf) => sum + leaf.duration, 0);
    const percentComplete = weight > 0
      ? leaves.reduce((sum, leaf) => sum + leaf.duration * leaf.percentComplete, 0) / weight
      : leaves.reduce((sum, leaf) => sum + leaf.percentComplete, 0) / leaves.length;
    const totalFloat = Math.min(...leaves.map((leaf) => leaf.totalFloat));
    scheduled.set(task.id, {
      id: task.id,
      start,
      finish,
      duration: toDayNumber(finish) >= toDayNumber(start) ? index.indexOf(finish) - index.indexOf(start) + 1 : 0,
      lateStart,
      lateFinish,
      totalFloat,
      freeFloat: Math.min(...leaves.map((leaf) => leaf.freeFloat)),
      critical: totalFloat <= 0,
      isSummary: true,
      isMilestone: false,
      percentComplete: Math.round(percentComplete * 10) / 10,
    });
  }
}

function pick(days: readonly IsoDay[], better: (a: IsoDay, b: IsoDay) => boolean): IsoDay {
  let best = days[0] ?? ('1970-01-01' as IsoDay);
  for (const day of days) if (better(day, best)) best = day;
  return best;
}
