// A project's figures at one moment, for the relay's metrics snapshots and the health charts.
// Board rule (shared/domain/board.ts): a task counts in the column it shows in, so a task whose
// column is gone counts in the first column; "done" is the LAST column in rank order, and a board
// with a single column has nothing done. Percent complete = done tasks ÷ all tasks × 100 (one
// decimal), null for an empty board. Overdue = due before today and not done. Done today = done
// tasks last changed on today's local day: the document keeps no move history, so the series of
// "done per day" is this figure's last value per day in the snapshots.
// Schedule and finance figures are optional groups, present when their inputs are given.
import type { ColumnId } from '../../ids';
import { localIsoDay, type IsoDay } from '../../iso-day';
import type { FinanceView } from '../../schema/finance-read';
import type { ProjectView } from '../../schema/project-types';
import { effectiveColumnId } from '../board';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeFinanceFigures, type EarnedValueSources, type FinanceFigures } from './finance-figures';
import { computeScheduleFigures, type ScheduleFigures } from './schedule-figures';

export const FIGURES_VERSION = 1;

export interface TaskFigures {
  readonly total: number;
  /** Tasks per column id, every column listed (0 when empty). */
  readonly byColumn: Readonly<Record<string, number>>;
  readonly open: number;
  readonly done: number;
  readonly doneToday: number;
  readonly overdue: number;
  /** 0–100 with one decimal; null when the board has no tasks. */
  readonly percentComplete: number | null;
}

export interface ProjectFigures {
  readonly version: typeof FIGURES_VERSION;
  readonly today: IsoDay;
  /** From a project room (`p.`). */
  readonly tasks?: TaskFigures;
  readonly schedule?: ScheduleFigures;
  /** From a finance room (`f.`): shown only to roles with finance access. */
  readonly finance?: FinanceFigures;
}

export interface ProjectFiguresInput {
  readonly today: IsoDay;
  readonly timeZoneOffsetMinutes: number;
  readonly project?: ProjectView;
  /** The workspace's working calendar; without it there are no schedule figures. */
  readonly calendar?: WorkingCalendar;
  readonly finance?: FinanceView;
  /** With `finance`: the matching project room's tasks and baselines, for earned value. */
  readonly earnedValue?: EarnedValueSources;
}

/** Every group whose inputs are given; a group that can't be computed is left out, never zero-filled. */
export function computeProjectFigures(input: ProjectFiguresInput): ProjectFigures {
  const { today, project, calendar, finance } = input;
  const schedule = project && calendar ? computeScheduleFigures({ project, calendar, today }) : null;
  return {
    version: FIGURES_VERSION,
    today,
    ...(project ? { tasks: computeTaskFigures({ project, today, timeZoneOffsetMinutes: input.timeZoneOffsetMinutes }) } : {}),
    ...(schedule ? { schedule } : {}),
    ...(finance ? { finance: computeFinanceFigures(finance, today, input.earnedValue) } : {}),
  };
}

export interface TaskFiguresInput {
  readonly project: ProjectView;
  readonly today: IsoDay;
  /** As `Date#getTimezoneOffset` (China: -480), for which local day an `updatedAt` falls on. */
  readonly timeZoneOffsetMinutes: number;
}

export function doneColumnId(project: ProjectView): ColumnId | null {
  const { columns } = project;
  return columns.length < 2 ? null : (columns[columns.length - 1]?.id ?? null);
}

export function computeTaskFigures({ project, today, timeZoneOffsetMinutes }: TaskFiguresInput): TaskFigures {
  const done = doneColumnId(project);
  const byColumn: Record<string, number> = {};
  for (const column of project.columns) byColumn[column.id] = 0;
  let doneCount = 0;
  let doneToday = 0;
  let overdue = 0;
  for (const task of project.tasks) {
    const columnId = effectiveColumnId(project.columns, task.columnId);
    if (columnId !== null) byColumn[columnId] = (byColumn[columnId] ?? 0) + 1;
    const isDone = columnId !== null && columnId === done;
    if (isDone) {
      doneCount += 1;
      if (localIsoDay(task.updatedAt, timeZoneOffsetMinutes) === today) doneToday += 1;
    } else if (task.dueDate !== null && task.dueDate < today) {
      overdue += 1;
    }
  }
  const total = project.tasks.length;
  return {
    total,
    byColumn,
    open: total - doneCount,
    done: doneCount,
    doneToday,
    overdue,
    percentComplete: total === 0 ? null : Math.round((1000 * doneCount) / total) / 10,
  };
}
