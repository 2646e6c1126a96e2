// What a relay alert is about, computed from a room's plain data by shared/domain: the critical tasks
// running late as of the team's today (the delay-risk rule's 'late-critical' reason, the same one the
// Gantt risk panel and the health figures use), and the cost categories that spent more than their
// budget (budget vs actual by category; a category without a budget is not an overrun).
import { compareBudget } from '../../shared/domain/finance/budget-vs-actual';
import { actualCosts } from '../../shared/domain/finance/labour-costs';
import type { WorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { computeSchedule } from '../../shared/domain/schedule/compute-schedule';
import { assessDelayRisks } from '../../shared/domain/schedule/delay-risk';
import { toScheduleInput } from '../../shared/domain/schedule/from-records';
import type { IsoDay } from '../../shared/iso-day';
import type { Fen } from '../../shared/money';
import type { FinanceView } from '../../shared/schema/finance-read';
import type { ProjectView } from '../../shared/schema/project-types';

export type AlertItem =
  | { readonly kind: 'late-critical'; readonly key: string; readonly title: string; readonly daysLate: number }
  | { readonly kind: 'budget-overrun'; readonly key: string; readonly name: string; readonly budget: Fen; readonly actual: Fen };

export function lateCriticalItems(project: Pick<ProjectView, 'tasks' | 'links' | 'baselines'>, calendar: WorkingCalendar, today: IsoDay): AlertItem[] {
  if (project.tasks.length === 0) return [];
  const { tasks, links } = toScheduleInput(project.tasks, project.links);
  const starts = tasks.flatMap((task) => (task.start === null ? [] : [task.start])).sort();
  const scheduled = computeSchedule({ tasks, links, calendar, projectStart: starts[0] ?? today });
  const baseline = project.baselines[project.baselines.length - 1] ?? null;
  const titles = new Map(project.tasks.map((task) => [task.id as string, task.title]));
  const items: AlertItem[] = [];
  for (const risk of assessDelayRisks({ tasks, links, scheduled, baseline, calendar, today }).risks) {
    const late = risk.reasons.find((reason) => reason.kind === 'late-critical');
    if (risk.taskId === null || late?.kind !== 'late-critical') continue;
    items.push({ kind: 'late-critical', key: risk.taskId, title: titles.get(risk.taskId) ?? '', daysLate: late.daysLate });
  }
  return items;
}

export function budgetOverrunItems(finance: FinanceView): AlertItem[] {
  const costs = actualCosts(finance.costEntries, finance.labourRecords);
  const { rows } = compareBudget({ budgetLines: finance.budgetLines, costs, labour: finance.labourRecords, funds: finance.fundEntries }, 'category');
  const names = new Map(finance.categories.map((category) => [category.id as string, category.name]));
  return rows
    .filter((row) => row.budget > 0 && row.actual > row.budget)
    .map((row) => ({ kind: 'budget-overrun', key: row.key, name: names.get(row.key) ?? row.key, budget: row.budget, actual: row.actual }));
}
