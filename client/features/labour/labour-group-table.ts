// The day-labour summary by team, day, month or task (点工汇总) as one table model: the page renders it
// and the .xlsx/.csv export is made from it, so what is shown is what is exported. Figures come from
// summarizeLabour, so the groups add up to the total row exactly; money exports as yuan numbers and
// names are neutralised against formula injection (textCell).
import { dayCell, numberCell, textCell, type ExportCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import { summarizeLabour, type LabourGrouping, type LabourRecord, type LabourTotals, type Worker } from '../../../shared/domain/finance';
import type { WorkerId } from '../../../shared/domain/finance/finance-ids';
import { isIsoDay } from '../../../shared/iso-day';

/** The groupings this table shows; per worker has its own table with paid and owed. */
export const GROUP_TABLE_GROUPINGS = ['team', 'day', 'month', 'task'] as const satisfies readonly LabourGrouping[];
export type GroupTableGrouping = (typeof GROUP_TABLE_GROUPINGS)[number];

export interface LabourGroupLabels {
  readonly group: string;
  readonly records: string;
  readonly manDays: string;
  readonly hours: string;
  readonly overtimeHours: string;
  readonly amount: string;
  readonly signed: string;
  readonly pending: string;
  readonly total: string;
  readonly noTeam: string;
  readonly noTask: string;
  readonly deletedTask: string;
}

export interface LabourGroupRow {
  readonly key: string;
  /** What the first column shows: a team, a day as the locale writes it, a month, a task title. */
  readonly label: string;
  readonly figures: LabourTotals;
}

export interface LabourGroupTable {
  readonly grouping: GroupTableGrouping;
  readonly rows: readonly LabourGroupRow[];
  readonly total: LabourTotals;
}

export interface LabourGroupContext {
  readonly workers: readonly Worker[];
  readonly taskTitle: (taskId: string) => string | undefined;
  readonly formatDay: (day: string) => string;
  readonly labels: LabourGroupLabels;
}

export function labourGroupTable(records: readonly LabourRecord[], grouping: GroupTableGrouping, context: LabourGroupContext): LabourGroupTable {
  const teams = new Map<string, string>(context.workers.map((worker) => [worker.id, worker.team.trim()]));
  const summary = summarizeLabour(records, grouping, undefined, (worker: WorkerId) => teams.get(worker) ?? '');
  const label = (key: string): string => {
    switch (grouping) {
      case 'team': return key === '' ? context.labels.noTeam : key;
      case 'day': return context.formatDay(key);
      case 'month': return key;
      case 'task': return key === '' ? context.labels.noTask : context.taskTitle(key) ?? context.labels.deletedTask;
    }
  };
  return { grouping, rows: summary.groups.map((group) => ({ key: group.key, label: label(group.key), figures: group })), total: summary.total };
}

export function labourGroupExport(table: LabourGroupTable, labels: LabourGroupLabels): ExportTable {
  const figures = (totals: LabourTotals): ExportCell[] => [
    numberCell(totals.records), numberCell(totals.manDays), numberCell(totals.hours), numberCell(totals.overtimeHours),
    numberCell(totals.amount / 100), numberCell(totals.signedAmount / 100), numberCell(totals.pendingAmount / 100),
  ];
  // a day is a real date in .xlsx; every other group is text
  const first = (row: LabourGroupRow): ExportCell => (table.grouping === 'day' && isIsoDay(row.key) ? dayCell(row.key) : textCell(row.label));
  return {
    header: [labels.group, labels.records, labels.manDays, labels.hours, labels.overtimeHours, `${labels.amount} (¥)`, `${labels.signed} (¥)`, `${labels.pending} (¥)`],
    widths: [24, 8, 10, 10, 10, 14, 14, 14],
    rows: [...table.rows.map((row) => [first(row), ...figures(row.figures)]), [textCell(labels.total), ...figures(table.total)]],
  };
}
