// The resource-load grid as a table to export: one row per column of the panel (a working day, or the
// Monday of a week) with the day a real date, one column per person with the most tasks they have on
// one working day of it, and a last row with each person's over-allocated working days. Rows are
// periods, not people, so a three-year schedule by day stays a sheet a spreadsheet opens, like the
// health charts' exports.
import { dayCell, numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { LoadGrid } from './resource-buckets';

export interface LoadExportText {
  readonly period: string;
  readonly overDays: string;
  readonly nameOf: (assignee: string) => string;
}

const PERIOD_WIDTH = 12;
const MIN_PERSON_WIDTH = 10;

export function resourceLoadExportTable(grid: LoadGrid, text: LoadExportText): ExportTable {
  const names = grid.rows.map((row) => text.nameOf(row.assignee));
  return {
    header: [text.period, ...names],
    widths: [Math.max(PERIOD_WIDTH, text.overDays.length + 2), ...names.map((name) => Math.max(MIN_PERSON_WIDTH, name.length + 2))],
    rows: [
      ...grid.columns.map((column, at) => [dayCell(column.first), ...grid.rows.map((row) => numberCell(row.cells[at]?.peak ?? 0))]),
      [textCell(text.overDays), ...grid.rows.map((row) => numberCell(row.overDays))],
    ],
  };
}
