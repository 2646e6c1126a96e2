// Composes the daily briefing for a person (tasks assigned to them) or the whole team: a pure
// function of the projects' plain data, "today" and the team's previous working day.
import type { IsoDay } from '../../iso-day';
import { toDayNumber } from '../calendar/day-number';
import type { Task } from '../../schema/project-types';
import type { BriefingSection } from './briefing-template';
import type {
  Briefing, BriefingInput, BriefingItem, BriefingPart, BriefingProject, BriefingRisk, LabourLine, ListSection,
} from './briefing-types';
import { isOverdue, isRunningOn, isTaskDone } from './task-state';

interface Collected {
  readonly yesterdayDone: BriefingItem[];
  readonly todayPlan: BriefingItem[];
  readonly overdue: BriefingItem[];
  readonly risks: BriefingRisk[];
  readonly labour: LabourLine[];
  open: number;
  dueToday: number;
}

export function composeBriefing(input: BriefingInput): Briefing {
  const collected: Collected = { yesterdayDone: [], todayPlan: [], overdue: [], risks: [], labour: [], open: 0, dueToday: 0 };
  const completedYesterday = new Set(input.completions.filter((fact) => fact.day === input.yesterday).map((fact) => fact.taskId));
  for (const project of input.projects) collectProject(input, project, completedYesterday, collected);
  collected.overdue.sort((a, b) => b.daysLate - a.daysLate || a.title.localeCompare(b.title));
  const parts = input.template.sections.map((section) => part(section, collected, input.template.maxItemsPerSection));
  return { scope: input.scope, today: input.today, yesterday: input.yesterday, parts };
}

function collectProject(input: BriefingInput, project: BriefingProject, completedYesterday: ReadonlySet<string>, out: Collected): void {
  const { today } = input;
  const byId = new Map(project.tasks.map((task) => [task.id, task]));
  const isParent = new Set(project.tasks.map((task) => task.parentId).filter((id) => id !== null));
  const inScope = (task: Task): boolean => input.scope.kind === 'team' || task.assignees.includes(input.scope.userId);
  const done = (task: Task): boolean => isTaskDone(project.columns, task);
  for (const task of project.tasks) {
    // summary rows of the WBS only roll their children up: listing them would count the work twice
    if (isParent.has(task.id) || !inScope(task)) continue;
    const dates = project.scheduled?.get(task.id);
    const item = (daysLate: number): BriefingItem => ({ taskId: task.id, projectName: project.name, title: task.title, dueDate: task.dueDate, daysLate });
    if (done(task)) {
      if (completedYesterday.has(task.id)) out.yesterdayDone.push(item(0));
      continue;
    }
    out.open++;
    if (task.dueDate === today) out.dueToday++;
    if (isOverdue(task, dates, today)) out.overdue.push(item(daysBetween(task.dueDate ?? dates?.finish ?? today, today)));
    else if (isRunningOn(task, dates, today)) out.todayPlan.push(item(0));
    const unfinishedBefore = (project.links ?? []).some((link) => {
      const from = byId.get(link.from);
      return link.to === task.id && link.type === 'FS' && from !== undefined && !done(from);
    });
    const shouldHaveStarted = dates !== undefined && dates.start <= today;
    if (unfinishedBefore && shouldHaveStarted) out.risks.push({ kind: 'blocked', taskId: task.id, projectName: project.name, title: task.title });
    else if (shouldHaveStarted && task.percentComplete === 0 && dates.start < today) {
      out.risks.push({ kind: 'late-start', taskId: task.id, projectName: project.name, title: task.title });
    }
  }
  const labour = (project.labour ?? []).filter((record) => record.day === input.yesterday);
  if (labour.length > 0 && input.scope.kind === 'team') {
    out.labour.push({
      projectName: project.name,
      records: labour.length,
      manDays: sum(labour.filter((record) => record.pay === 'day-rate' && record.timeUnit === 'man-days').map((record) => record.manDays)),
      hours: sum(labour.filter((record) => record.pay === 'day-rate' && record.timeUnit === 'hours').map((record) => record.hours)),
      pending: labour.filter((record) => record.signOff === 'pending').length,
    });
  }
}

function part(section: BriefingSection, data: Collected, max: number): BriefingPart {
  switch (section) {
    case 'keyNumbers':
      return { section, numbers: { open: data.open, doneYesterday: data.yesterdayDone.length, dueToday: data.dueToday, overdue: data.overdue.length, risks: data.risks.length } };
    case 'yesterdayDone':
    case 'todayPlan':
    case 'overdue':
      return { section, list: limit(data[section], max) };
    case 'risks':
      return { section, list: limit(data.risks, max) };
    case 'labourYesterday':
      return { section, lines: data.labour };
  }
}

function limit<Item>(items: readonly Item[], max: number): ListSection<Item> {
  return { items: items.slice(0, max), more: Math.max(0, items.length - max) };
}

function daysBetween(from: IsoDay, to: IsoDay): number {
  return toDayNumber(to) - toDayNumber(from);
}

function sum(values: readonly number[]): number {
  // man-days and hours come in 0.5 steps: sum in halves so 0.5 + 0.5 + … stays exact
  return values.reduce((total, value) => total + Math.round(value * 2), 0) / 2;
}
