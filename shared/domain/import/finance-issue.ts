// What a labour or cost sheet row can get wrong, in the same shape as a schedule ImportIssue: which
// cell, what was there, what the import assumed. The client words each code in the user's language.
import { cellRef, cellText } from './cell-ref';
import type { CellValue } from './sheet-types';

export const FINANCE_ISSUE_CODES = [
  'missing-worker', 'unknown-worker', 'bad-date', 'ambiguous-date', 'bad-number', 'rounded-half-day', 'bad-amount', 'missing-amount', 'zero-amount',
  'amount-mismatch', 'overtime-unpaid', 'unknown-category', 'category-name-too-long', 'unknown-task',
  'two-pay-rates', 'quantity-without-piece-rate', 'bad-piece-rate', 'piece-rate-without-quantity', 'bad-quantity', 'unit-too-long',
  'overtime-pay-mismatch', 'overtime-pay-without-hours',
] as const;
export type FinanceIssueCode = (typeof FINANCE_ISSUE_CODES)[number];

/** `assumed`: '' = nothing, 'skipped' = the row is not imported, else the value used instead. */
export interface FinanceIssue {
  readonly severity: 'error' | 'warning';
  readonly code: FinanceIssueCode;
  readonly sheetRow: number;
  readonly cell: string | null;
  readonly value: string;
  readonly assumed: string;
}

/** A cell accessor over one row, shared by the labour and cost readers. */
export function rowCells<F extends string>(cells: readonly CellValue[], sheetRow: number, mapping: Partial<Record<F, number>>): { cell: (f: F) => CellValue; text: (f: F) => string; ref: (f: F) => string | null } {
  const cell = (field: F): CellValue => { const index = mapping[field]; return index === undefined ? null : (cells[index] ?? null); };
  const text = (field: F): string => cellText(cell(field)).trim();
  const ref = (field: F): string | null => { const index = mapping[field]; return index === undefined ? null : cellRef(index, sheetRow); };
  return { cell, text, ref };
}

/** Fen as plain yuan text with two decimals (12345 → "123.45"), for `assumed`: the client adds the ¥. */
export function fenText(amount: number): string {
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
