// A workbook's sheets as read-excel-file returns them, turned into the importer's plain sheet: dates
// (read-excel-file makes a UTC-midnight Date of a date-formatted cell) become 'YYYY-MM-DD' strings,
// and the sheet used is the first one whose header row is recognised.
import { findHeader } from '../../../shared/domain/import/find-header';
import type { CellValue, Sheet } from '../../../shared/domain/import/sheet-types';

export type WorkbookCell = string | number | boolean | Date | null | undefined;

export interface NamedSheet {
  readonly name: string;
  readonly rows: Sheet;
}

export function toSheet(rows: readonly (readonly unknown[])[]): CellValue[][] {
  return rows.map((row) => row.map(toCell));
}

function toCell(value: unknown): CellValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Index of the sheet to import: the first with a recognisable header, else the first non-empty one. */
export function pickSheet(sheets: readonly NamedSheet[]): number {
  const withHeader = sheets.findIndex((sheet) => findHeader(sheet.rows) !== null);
  if (withHeader !== -1) return withHeader;
  const nonEmpty = sheets.findIndex((sheet) => sheet.rows.length > 0);
  return Math.max(0, nonEmpty);
}
