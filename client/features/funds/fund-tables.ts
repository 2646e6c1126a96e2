// Receipts and payments, and the cash position above them, as export tables (.csv / .xlsx), amounts in
// yuan as numbers.
import { dayCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { FundEntry, FundsPosition } from '../../../shared/domain/finance';
import { yuanCell } from '../costs/cost-tables';

export interface FundTableText {
  readonly headers: readonly [kind: string, state: string, amount: string, due: string, paid: string, counterparty: string, note: string];
  readonly direction: (entry: FundEntry) => string;
  readonly status: (entry: FundEntry) => string;
}

export function fundsExportTable(entries: readonly FundEntry[], text: FundTableText): ExportTable {
  return {
    header: text.headers,
    widths: [18, 10, 14, 12, 12, 24, 30],
    rows: entries.map((entry) => [
      textCell(text.direction(entry)), textCell(text.status(entry)), yuanCell(entry.amount), dayCell(entry.dueDay), dayCell(entry.paidDay),
      textCell(entry.counterparty), textCell(entry.note),
    ]),
  };
}

/** Planned entries first by due day (undated last), then done entries newest first. */
export function sortFundEntries(entries: readonly FundEntry[]): FundEntry[] {
  const planned = entries.filter((entry) => entry.status === 'planned').sort((a, b) => (a.dueDay ?? '9999') < (b.dueDay ?? '9999') ? -1 : 1);
  const done = entries.filter((entry) => entry.status === 'done').sort((a, b) => ((a.paidDay ?? '') < (b.paidDay ?? '') ? 1 : -1));
  return [...planned, ...done];
}

export interface PositionTableText {
  readonly figure: string;
  readonly amount: string;
  readonly balance: string;
  readonly received: string;
  readonly paid: string;
  readonly receivables: string;
  readonly overdueReceivables: string;
  readonly payables: string;
  readonly overduePayables: string;
}

/** The cash position's figures, one a row, in the order the page shows them (overdue amounts on rows of their own). */
export function positionExportTable(position: FundsPosition, text: PositionTableText): ExportTable {
  const rows: [string, FundsPosition[keyof FundsPosition]][] = [
    [text.balance, position.cashBalance], [text.received, position.received], [text.paid, position.paid],
    [text.receivables, position.receivables], [text.overdueReceivables, position.overdueReceivables],
    [text.payables, position.payables], [text.overduePayables, position.overduePayables],
  ];
  return {
    header: [text.figure, text.amount],
    widths: [Math.max(20, ...rows.map(([label]) => label.length + 2)), 14],
    rows: rows.map(([label, amount]) => [textCell(label), yuanCell(amount)]),
  };
}
