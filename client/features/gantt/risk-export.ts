// The delay risks as a table to export, in the panel's order (the project finish first, then critical
// tasks, then the longest delays): WBS code, task, critical or not, the delay in working days and the
// reasons in the reader's words, one per line of the cell.
import { numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { DelayReason, DelayRisk } from '../../../shared/domain/schedule/delay-risk';

export interface RiskExportText {
  readonly headers: readonly [code: string, task: string, critical: string, delay: string, reasons: string];
  readonly project: string;
  readonly yes: string;
  readonly codeOf: (taskId: string) => string;
  readonly titleOf: (taskId: string) => string;
  readonly reason: (reason: DelayReason) => string;
}

export function riskExportTable(risks: readonly DelayRisk[], text: RiskExportText): ExportTable {
  return {
    header: text.headers,
    widths: [8, 30, 10, 12, 50],
    rows: risks.map((risk) => [
      textCell(risk.taskId === null ? '' : text.codeOf(risk.taskId)), textCell(risk.taskId === null ? text.project : text.titleOf(risk.taskId)),
      textCell(risk.critical ? text.yes : ''), numberCell(risk.delayDays), textCell(risk.reasons.map(text.reason).join('\n')),
    ]),
  };
}
