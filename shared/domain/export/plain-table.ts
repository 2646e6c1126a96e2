// A table of plain text and numbers as an export table, for the small tables a screen shows as they
// are (a leaderboard, a summary): text is neutralised against formulas, numbers stay numbers, and
// each column is as wide as its longest cell (within bounds), for .xlsx.
import { numberCell, textCell, type ExportTable } from './export-cell';

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;

export type PlainCell = string | number | null;

export function plainTable(header: readonly string[], rows: readonly (readonly PlainCell[])[]): ExportTable {
  const widths = header.map((title, column) => {
    const longest = Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return {
    header,
    widths,
    rows: rows.map((row) => header.map((_title, column) => {
      const value = row[column] ?? null;
      return typeof value === 'number' ? numberCell(value) : textCell(value ?? '');
    })),
  };
}
