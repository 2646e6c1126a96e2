// The cost centre's tables as export tables (.csv / .xlsx): money in yuan with two decimals as
// numbers, text neutralised against formula injection by shared/domain/export.
import { dayCell, numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { BudgetComparison, CostEntry } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';

export interface BudgetTableHeaders {
  readonly group: string;
  readonly budget: string;
  readonly actual: string;
  readonly forecast: string;
  readonly remaining: string;
  readonly warning: string;
  readonly total: string;
}

/** Fen as yuan for a spreadsheet cell: an exact decimal (fen / 100 is exact to two places). */
export function yuanCell(amount: Fen) {
  return numberCell(amount / 100);
}

export function budgetExportTable(comparison: BudgetComparison, groupName: (key: string) => string, warningText: (warning: BudgetComparison['total']['warning']) => string, headers: BudgetTableHeaders): ExportTable {
  const row = (name: string, figures: BudgetComparison['total']) => [
    textCell(name), yuanCell(figures.budget), yuanCell(figures.actual), yuanCell(figures.forecast), yuanCell(figures.remaining), textCell(warningText(figures.warning)),
  ];
  return {
    header: [headers.group, headers.budget, headers.actual, headers.forecast, headers.remaining, headers.warning],
    widths: [24, 14, 14, 14, 14, 20],
    rows: [...comparison.rows.map((one) => row(groupName(one.key), one)), row(headers.total, comparison.total)],
  };
}

export interface CostTableHeaders {
  readonly day: string;
  readonly category: string;
  readonly amount: string;
  readonly task: string;
  readonly supplier: string;
  readonly invoice: string;
  readonly note: string;
}

export function costsExportTable(costs: readonly CostEntry[], categoryName: (id: string) => string, taskName: (id: string | null) => string, headers: CostTableHeaders): ExportTable {
  return {
    header: [headers.day, headers.category, headers.amount, headers.task, headers.supplier, headers.invoice, headers.note],
    widths: [12, 12, 14, 24, 20, 14, 30],
    rows: costs.map((cost) => [
      dayCell(cost.day), textCell(categoryName(cost.categoryId)), yuanCell(cost.amount), textCell(taskName(cost.taskId)),
      textCell(cost.supplier), textCell(cost.invoiceNumber), textCell(cost.note),
    ]),
  };
}
