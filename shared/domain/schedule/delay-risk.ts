// Delay risks as of a given day: tasks behind plan, critical tasks running late, and the forecast
// project finish against the schedule and the baseline, in priority order with machine-readable
// reasons the risk panel words in either language.
//
// Planned percent by today = working days of the task before today ÷ its duration (0 on its first
// day, 100 from the day after its finish; a milestone is 0 until its day has passed, then 100).
//
// Forecast rule (work done stays where it was scheduled, work not done cannot happen before today):
// - a finished task (100 %) keeps its scheduled dates;
// - a task in progress keeps its start and needs its remaining working days,
//   duration × (100 − percent) / 100 rounded up, from today on, when that ends later than scheduled;
// - a task not started whose scheduled start is before today starts today at the earliest;
// then the critical path method runs again over the same links, so successors move with them. The
// forecast project finish is that run's finish. A task's own delay is how much later the rule alone
// (before successors move) finishes it than scheduled.
import type { IsoDay } from '../../iso-day';
import { makeWorkdayIndex, type WorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { BaselineDates } from './baseline-variance';
import { computeSchedule } from './compute-schedule';
import type { ScheduledTask, ScheduleLink, ScheduleResult, ScheduleTask } from './schedule-types';

export type DelayReason =
  | { readonly kind: 'behind-plan'; readonly plannedPercent: number; readonly actualPercent: number }
  | { readonly kind: 'late-critical'; readonly daysLate: number }
  | { readonly kind: 'finish-after-schedule'; readonly byDays: number }
  | { readonly kind: 'finish-after-baseline'; readonly byDays: number };

export interface DelayRisk {
  /** null for the project as a whole (its forecast finish). */
  readonly taskId: string | null;
  readonly critical: boolean;
  /** Working days: the task's own delay by the forecast rule, or the project finish's. */
  readonly delayDays: number;
  readonly reasons: readonly DelayReason[];
}

export interface DelayAssessment {
  readonly scheduledFinish: IsoDay;
  readonly forecastFinish: IsoDay;
  readonly baselineFinish: IsoDay | null;
  /** Project risks first, then critical tasks, then by delay (longest first), then by start. */
  readonly risks: readonly DelayRisk[];
}

export interface DelayRiskInput {
  readonly tasks: readonly ScheduleTask[];
  readonly links: readonly ScheduleLink[];
  readonly scheduled: ScheduleResult;
  readonly baseline: BaselineDates | null;
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
}

export function assessDelayRisks(input: DelayRiskInput): DelayAssessment {
  const { scheduled, today } = input;
  const index = makeWorkdayIndex(input.calendar, scheduled.projectStart);
  const todayAt = index.indexOf(today);
  const forecast = computeSchedule({
    tasks: input.tasks.map((task) => forecastTask(task, scheduled.tasks.get(task.id), index, todayAt)),
    links: input.links,
    calendar: input.calendar,
    projectStart: scheduled.projectStart,
  });

  const taskRisks: (DelayRisk & { readonly start: IsoDay })[] = [];
  for (const task of input.tasks) {
    const record = scheduled.tasks.get(task.id);
    if (record === undefined || record.isSummary) continue;
    const actualPercent = clamp(task.percentComplete);
    if (actualPercent >= 100) continue;
    const plannedPercent = plannedPercentOf(record, index, todayAt);
    const delayDays = ownDelay(record, actualPercent, index, todayAt);
    const reasons: DelayReason[] = [];
    if (plannedPercent > actualPercent) reasons.push({ kind: 'behind-plan', plannedPercent, actualPercent });
    if (record.critical && delayDays > 0) reasons.push({ kind: 'late-critical', daysLate: delayDays });
    if (reasons.length > 0) taskRisks.push({ taskId: task.id, critical: record.critical, delayDays, reasons, start: record.start });
  }
  taskRisks.sort((a, b) => Number(b.critical) - Number(a.critical) || b.delayDays - a.delayDays || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || ((a.taskId ?? '') < (b.taskId ?? '') ? -1 : 1));

  const baselineFinish = latestFinish(input.baseline);
  const projectReasons: DelayReason[] = [];
  const afterSchedule = index.indexOf(forecast.projectFinish) - index.indexOf(scheduled.projectFinish);
  if (afterSchedule > 0) projectReasons.push({ kind: 'finish-after-schedule', byDays: afterSchedule });
  const afterBaseline = baselineFinish === null ? 0 : index.indexOf(forecast.projectFinish) - index.indexOf(baselineFinish);
  if (afterBaseline > 0) projectReasons.push({ kind: 'finish-after-baseline', byDays: afterBaseline });
  const project: DelayRisk[] = projectReasons.length === 0 ? [] : [{ taskId: null, critical: true, delayDays: Math.max(afterSchedule, afterBaseline), reasons: projectReasons }];

  return {
    scheduledFinish: scheduled.projectFinish,
    forecastFinish: forecast.projectFinish,
    baselineFinish,
    risks: [...project, ...taskRisks.map(({ start: _start, ...risk }) => risk)],
  };
}

/** The task as the forecast rule reschedules it. */
function forecastTask(task: ScheduleTask, record: ScheduledTask | undefined, index: WorkdayIndex, todayAt: number): ScheduleTask {
  if (record === undefined || record.isSummary) return task;
  const percent = clamp(task.percentComplete);
  const startAt = index.indexOf(record.start);
  if (percent >= 100) return { ...task, mode: 'manual', start: record.start };
  if (percent > 0 && !record.isMilestone) {
    const needed = Math.max(0, todayAt - startAt) + remainingDays(record.duration, percent);
    return { ...task, mode: 'manual', start: record.start, duration: Math.max(record.duration, needed) };
  }
  if (startAt >= todayAt) return task;
  const today = index.dayAt(todayAt);
  if (task.mode === 'manual' && task.start !== null) return { ...task, start: today };
  const constraint = task.constraint;
  const keeps = constraint?.kind === 'start-no-earlier-than' && constraint.day > today;
  return { ...task, mode: 'auto', constraint: keeps ? constraint : { kind: 'start-no-earlier-than', day: today } };
}

function plannedPercentOf(record: ScheduledTask, index: WorkdayIndex, todayAt: number): number {
  const elapsed = todayAt - index.indexOf(record.start);
  if (record.duration === 0) return elapsed > 0 ? 100 : 0;
  return Math.round(Math.min(100, Math.max(0, (100 * elapsed) / record.duration)));
}

/** Working days the forecast rule alone puts this task's finish after its scheduled finish. */
function ownDelay(record: ScheduledTask, percent: number, index: WorkdayIndex, todayAt: number): number {
  const startAt = index.indexOf(record.start);
  const finishAt = index.indexOf(record.finish);
  if (percent > 0 && !record.isMilestone) return Math.max(0, todayAt + remainingDays(record.duration, percent) - 1 - finishAt);
  return Math.max(0, todayAt - startAt);
}

function remainingDays(duration: number, percent: number): number {
  return Math.ceil((duration * (100 - percent)) / 100);
}

function latestFinish(baseline: BaselineDates | null): IsoDay | null {
  let latest: IsoDay | null = null;
  for (const planned of Object.values(baseline?.tasks ?? {})) if (latest === null || planned.finish > latest) latest = planned.finish;
  return latest;
}

function clamp(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
}
