// A table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and
// shows mojibake), CRLF line ends, fields quoted when they hold a comma, quote or line break.
import { cellAsText, type ExportTable } from './export-cell';
import { neutraliseFormula } from './export-cell';

export const UTF8_BOM = '\uFEFF';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeCsv(table: ExportTable): string {
  const lines = [table.header.map((title) => quote(neutraliseFormula(title))).join(',')];
  for (const row of table.rows) lines.push(row.map((cell) => quote(cellAsText(cell))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
