// The preview of a labour or cost import: every sheet row the import would write, leave or skip, with
// its status and problems, in sheet order; plus the totals above the table. Cells are made by the
// caller (money and names in the user's language), so this stays plain data.
import type { FinanceIssue } from '../../../shared/domain/import/finance-issue';
import type { FinancePlan } from '../../../shared/schema/import-finance-commands';

export type FinanceRowStatus = 'added' | 'changed' | 'unchanged' | 'protected' | 'skipped';

export interface FinancePreviewEntry {
  readonly sheetRow: number;
  readonly status: FinanceRowStatus;
  /** One text per preview column; empty for a skipped row. */
  readonly cells: readonly string[];
  readonly issues: readonly FinanceIssue[];
}

export interface FinancePreviewCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly protectedRows: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
}

export function financePreviewEntries<Row extends { readonly sheetRow: number }, Id>(plan: FinancePlan<Row, Id>, issues: readonly FinanceIssue[], cells: (row: Row) => readonly string[]): FinancePreviewEntry[] {
  const byRow = new Map<number, FinanceIssue[]>();
  for (const issue of issues) byRow.set(issue.sheetRow, [...(byRow.get(issue.sheetRow) ?? []), issue]);
  const entry = (row: Row, status: FinanceRowStatus): FinancePreviewEntry => ({ sheetRow: row.sheetRow, status, cells: cells(row), issues: byRow.get(row.sheetRow) ?? [] });
  const entries = [
    ...plan.added.map((row) => entry(row, 'added')),
    ...plan.changed.map(({ row }) => entry(row, 'changed')),
    ...plan.unchanged.map(({ row }) => entry(row, 'unchanged')),
    ...plan.protectedRows.map(({ row }) => entry(row, 'protected')),
  ];
  const written = new Set(entries.map((item) => item.sheetRow));
  for (const [sheetRow, rowIssues] of byRow) {
    if (!written.has(sheetRow)) entries.push({ sheetRow, status: 'skipped', cells: [], issues: rowIssues });
  }
  return entries.sort((a, b) => a.sheetRow - b.sheetRow);
}

export function countFinancePreview(entries: readonly FinancePreviewEntry[]): FinancePreviewCounts {
  const counts = { added: 0, changed: 0, unchanged: 0, protectedRows: 0, skipped: 0, errors: 0, warnings: 0 };
  for (const entry of entries) {
    if (entry.status === 'protected') counts.protectedRows++;
    else counts[entry.status]++;
    for (const issue of entry.issues) if (issue.severity === 'error') counts.errors++; else counts.warnings++;
  }
  return counts;
}
