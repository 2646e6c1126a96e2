// The Today view's lists for one person across projects: overdue, due today, in progress, starting
// soon and blocked by unfinished predecessors. Plain data in, plain lists out, so it tests without a
// DOM; the page (not built yet) renders these lists.
import { isOverdue, isTaskDone, type TaskDates } from '../../../shared/domain/briefing/task-state';
import { addDays } from '../../../shared/domain/calendar/day-number';
import type { ProjectId, UserId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { Column, Task, TaskLink } from '../../../shared/schema/project-types';

/** Calendar days ahead that "starting soon" looks. */
export const STARTING_SOON_DAYS = 3;

export interface TodayProject {
  readonly id: ProjectId;
  readonly name: string;
  readonly columns: readonly Column[];
  readonly tasks: readonly Task[];
  readonly links: readonly TaskLink[];
  readonly scheduled: ReadonlyMap<string, TaskDates>;
}

export interface TodayEntry {
  readonly projectId: ProjectId;
  readonly projectName: string;
  readonly task: Task;
}

export interface TodayLists {
  readonly overdue: readonly TodayEntry[];
  readonly dueToday: readonly TodayEntry[];
  readonly inProgress: readonly TodayEntry[];
  readonly startingSoon: readonly TodayEntry[];
  readonly blocked: readonly TodayEntry[];
}

/** Each open task assigned to `userId` lands in exactly one list, the first that applies in this order. */
export function buildTodayLists(projects: readonly TodayProject[], userId: UserId, today: IsoDay): TodayLists {
  const lists = { overdue: [] as TodayEntry[], dueToday: [] as TodayEntry[], inProgress: [] as TodayEntry[], startingSoon: [] as TodayEntry[], blocked: [] as TodayEntry[] };
  const soon = addDays(today, STARTING_SOON_DAYS);
  for (const project of projects) {
    const byId = new Map(project.tasks.map((task) => [task.id, task]));
    const parents = new Set(project.tasks.map((task) => task.parentId));
    for (const task of project.tasks) {
      if (parents.has(task.id) || !task.assignees.includes(userId) || isTaskDone(project.columns, task)) continue;
      const dates = project.scheduled.get(task.id);
      const entry = { projectId: project.id, projectName: project.name, task };
      const waiting = project.links.some((link) => {
        const from = byId.get(link.from);
        return link.to === task.id && link.type === 'FS' && from !== undefined && !isTaskDone(project.columns, from);
      });
      if (isOverdue(task, dates, today)) lists.overdue.push(entry);
      else if (task.dueDate === today) lists.dueToday.push(entry);
      else if (waiting && dates !== undefined && dates.start <= soon) lists.blocked.push(entry);
      else if (dates !== undefined && dates.start <= today) lists.inProgress.push(entry);
      else if (dates !== undefined && dates.start <= soon) lists.startingSoon.push(entry);
    }
  }
  return lists;
}
