// The cost centre's tables as export tables (.csv / .xlsx): money in yuan with two decimals as
// numbers, text neutralised against formula injection by shared/domain/export.
import { dayCell, numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { BudgetComparison, BudgetLine, CostEntry } from '../../../shared/domain/finance';
import type { CategoryRow } from './category-rows';
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

export interface BudgetLineTableHeaders {
  readonly category: string;
  readonly task: string;
  readonly description: string;
  readonly budget: string;
}

/** The budget lines themselves, as the list shows them. */
export function budgetLinesExportTable(lines: readonly BudgetLine[], categoryName: (id: string) => string, taskName: (id: string | null) => string, headers: BudgetLineTableHeaders): ExportTable {
  return {
    header: [headers.category, headers.task, headers.description, headers.budget],
    widths: [16, 24, 30, 14],
    rows: lines.map((line) => [textCell(categoryName(line.categoryId)), textCell(taskName(line.taskId)), textCell(line.description), yuanCell(line.amount)]),
  };
}

export interface CategoryTableText {
  readonly headers: readonly [category: string, state: string, spent: string, budget: string, costs: string, lines: string];
  readonly inUse: string;
  readonly removed: string;
}

/** The categories in use, then the removed ones (whose entries still count), with what is booked under each. */
export function categoriesExportTable(rows: readonly CategoryRow[], removed: readonly CategoryRow[], text: CategoryTableText): ExportTable {
  const row = (one: CategoryRow, state: string) => [
    textCell(one.category.name), textCell(state), yuanCell(one.spent), yuanCell(one.budget), numberCell(one.costCount), numberCell(one.lineCount),
  ];
  return {
    header: text.headers,
    widths: [20, 10, 14, 14, 10, 12],
    rows: [...rows.map((one) => row(one, text.inUse)), ...removed.map((one) => row(one, text.removed))],
  };
}
