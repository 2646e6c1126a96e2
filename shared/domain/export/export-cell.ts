// Cells of an exported table, typed so each writer renders them properly: a day becomes a real date in
// .xlsx and 'YYYY-MM-DD' in .csv, a moment a real date and time ('YYYY-MM-DD HH:mm:ss' in .csv, on the
// clock of the person exporting: a spreadsheet has no time zones); a number stays a number. Text that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
import type { IsoDay } from '../../iso-day';

export type ExportCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'day'; readonly value: IsoDay }
  /** Wall-clock time 'YYYY-MM-DD HH:mm:ss' on the exporting person's clock. */
  | { readonly kind: 'time'; readonly value: string }
  | { readonly kind: 'empty' };

export interface ExportTable {
  readonly header: readonly string[];
  /** Width of each column in characters, for .xlsx. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly ExportCell[])[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function textCell(value: string): ExportCell {
  return value === '' ? { kind: 'empty' } : { kind: 'text', value: neutraliseFormula(value) };
}

export function numberCell(value: number): ExportCell {
  return { kind: 'number', value };
}

export function dayCell(value: IsoDay | null): ExportCell {
  return value === null ? { kind: 'empty' } : { kind: 'day', value };
}

/** A moment as the wall-clock time of a clock `offsetMinutes` ahead of UTC (China: 480). */
export function timeCell(epochMs: number, offsetMinutes: number): ExportCell {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString();
  return { kind: 'time', value: `${wall.slice(0, 10)} ${wall.slice(11, 19)}` };
}

/** What the cell shows as plain text (CSV, and the value an importer reads back). */
export function cellAsText(cell: ExportCell): string {
  switch (cell.kind) {
    case 'text': return cell.value;
    case 'number': return String(cell.value);
    case 'day': return cell.value;
    case 'time': return cell.value;
    case 'empty': return '';
  }
}
