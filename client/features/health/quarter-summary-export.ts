// The quarter's system health review (系统健康度评估) as two tables to export, as the page shows them:
// the team's figures (one row each; rates as percent, so 0.625 is 62.5) and each project's line at its
// last snapshot of the quarter (days as dates, money in yuan as numbers, a project still loading or
// without figures with empty cells).
import { dayCell, numberCell, textCell, type ExportCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { TeamQuarterFigures } from '../../../shared/domain/metrics/team-quarter';
import type { ProjectSummary } from './quarter-summary';

const EMPTY: ExportCell = { kind: 'empty' };

export interface TeamSummaryLabels {
  readonly figure: string;
  readonly value: string;
  readonly activityPercent: string;
  readonly activeDays: string;
  readonly countedDays: string;
  readonly edits: string;
  readonly satisfaction: string;
  readonly errorRate: string;
  readonly errors: string;
}

export function teamSummaryExportTable(figures: TeamQuarterFigures | null, labels: TeamSummaryLabels): ExportTable {
  const value = (pick: (known: TeamQuarterFigures) => number | null): ExportCell => {
    const known = figures === null ? null : pick(figures);
    return known === null ? EMPTY : numberCell(known);
  };
  const rows: [string, ExportCell][] = [
    [labels.activityPercent, value((known) => (known.activityRate === null ? null : Math.round(known.activityRate * 10_000) / 100))],
    [labels.activeDays, value((known) => known.activeDays)],
    [labels.countedDays, value((known) => known.countedDays)],
    [labels.edits, value((known) => known.edits)],
    [labels.satisfaction, value((known) => known.satisfaction)],
    [labels.errorRate, value((known) => known.errorsPerActiveSession)],
    [labels.errors, value((known) => known.errors)],
  ];
  return {
    header: [labels.figure, labels.value],
    widths: [Math.max(20, ...rows.map(([label]) => label.length + 2)), 12],
    rows: rows.map(([label, cell]) => [textCell(label), cell]),
  };
}

export interface ProjectSummaryLine {
  readonly name: string;
  /** null while its figures are loading or could not be read. */
  readonly summary: ProjectSummary | null;
}

export type ProjectSummaryHeaders = readonly [
  project: string, asOf: string, done: string, total: string, overdue: string, planned: string, actual: string, forecast: string,
  budget: string, actualCost: string, cash: string,
];

export function projectSummaryExportTable(lines: readonly ProjectSummaryLine[], headers: ProjectSummaryHeaders): ExportTable {
  const number = (known: number | null | undefined): ExportCell => (known === null || known === undefined ? EMPTY : numberCell(known));
  const yuan = (fen: number | undefined): ExportCell => (fen === undefined ? EMPTY : numberCell(fen / 100));
  return {
    header: headers,
    widths: [24, 12, 10, 10, 10, 10, 10, 14, 14, 14, 14],
    rows: lines.map(({ name, summary }) => [
      textCell(name), dayCell(summary?.asOf ?? null), number(summary?.tasks?.done), number(summary?.tasks?.total), number(summary?.tasks?.overdue),
      number(summary?.schedule?.plannedPercent), number(summary?.schedule?.actualPercent), dayCell(summary?.schedule?.forecastFinish ?? null),
      yuan(summary?.finance?.budget), yuan(summary?.finance?.actual), yuan(summary?.finance?.cashBalance),
    ]),
  };
}
