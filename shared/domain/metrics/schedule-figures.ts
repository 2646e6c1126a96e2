// Schedule figures for a snapshot: planned vs actual progress, critical tasks running late and the
// forecast finish, all from the scheduling engine and the delay-risk rules (docs/scheduling.md).
// Progress is duration-weighted over leaf tasks (a milestone weighs nothing); planned percent per
// task follows the delay-risk rule: working days of the task before today ÷ its duration.
import type { IsoDay } from '../../iso-day';
import type { ProjectView } from '../../schema/project-types';
import { makeWorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { computeSchedule } from '../schedule/compute-schedule';
import { assessDelayRisks } from '../schedule/delay-risk';
import { toScheduleInput } from '../schedule/from-records';

export interface ScheduleFigures {
  /** 0–100, whole percent; null when no leaf task has a duration. */
  readonly plannedPercent: number | null;
  readonly actualPercent: number | null;
  readonly lateCriticalTasks: number;
  readonly scheduledFinish: IsoDay;
  readonly forecastFinish: IsoDay;
  /** Latest finish in the most recently saved baseline; null without one. */
  readonly baselineFinish: IsoDay | null;
}

export interface ScheduleFiguresInput {
  readonly project: ProjectView;
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
}

/** Null for a project with no tasks: there is no schedule to speak of. */
export function computeScheduleFigures({ project, calendar, today }: ScheduleFiguresInput): ScheduleFigures | null {
  if (project.tasks.length === 0) return null;
  const { tasks, links } = toScheduleInput(project.tasks, project.links);
  const starts = tasks.flatMap((task) => (task.start === null ? [] : [task.start])).sort();
  const projectStart = starts[0] ?? today;
  const scheduled = computeSchedule({ tasks, links, calendar, projectStart });
  const baseline = project.baselines[project.baselines.length - 1] ?? null;
  const assessment = assessDelayRisks({ tasks, links, scheduled, baseline, calendar, today });
  const index = makeWorkdayIndex(calendar, scheduled.projectStart);
  const todayAt = index.indexOf(today);
  let weight = 0;
  let planned = 0;
  let actual = 0;
  for (const task of tasks) {
    const record = scheduled.tasks.get(task.id);
    if (record === undefined || record.isSummary || record.duration === 0) continue;
    const elapsed = todayAt - index.indexOf(record.start);
    weight += record.duration;
    planned += Math.min(record.duration, Math.max(0, elapsed));
    actual += (record.duration * Math.min(100, Math.max(0, task.percentComplete))) / 100;
  }
  return {
    plannedPercent: weight === 0 ? null : Math.round((100 * planned) / weight),
    actualPercent: weight === 0 ? null : Math.round((100 * actual) / weight),
    lateCriticalTasks: assessment.risks.filter((risk) => risk.reasons.some((reason) => reason.kind === 'late-critical')).length,
    scheduledFinish: assessment.scheduledFinish,
    forecastFinish: assessment.forecastFinish,
    baselineFinish: assessment.baselineFinish,
  };
}
