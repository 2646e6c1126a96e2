// An export table as an .xlsx file through write-excel-file (loaded only when someone exports): days
// and moments as real Excel dates, numbers as numbers, the header row bold and frozen, columns sized.
import type { ExportCell, ExportTable } from '../../../shared/domain/export/export-cell';

export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map(toXlsxCell));
  return writeXlsxFile([header, ...rows], {
    sheet: excelSheetName(sheetName),
    stickyRowsCount: 1,
    columns: table.widths.map((width) => ({ width })),
  }).toBlob();
}

// Excel refuses a sheet name that is empty, longer than 31 characters (UTF-16 units), holds any of
// [ ] / \ : * ? or starts or ends with an apostrophe, and write-excel-file throws on most of these, so
// the export would do nothing at all; the names come from projects, workspaces and robots (anything a
// person typed), so they are made valid here.
const SHEET_NAME_ILLEGAL = /[[\]/\\:*?]/g;
const MAX_SHEET_NAME_LENGTH = 31;

/** `name` as a sheet name Excel accepts: illegal characters as '_', at most 31 units, never empty. */
export function excelSheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_ILLEGAL, '_').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  let cut = cleaned.slice(0, MAX_SHEET_NAME_LENGTH);
  // never half a character outside the BMP (a lone high surrogate)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/^'+|'+$/g, '').trim();
  return cut === '' ? 'Sheet1' : cut;
}

function toXlsxCell(cell: ExportCell) {
  switch (cell.kind) {
    case 'text': return { value: cell.value, type: String };
    case 'number': return { value: cell.value, type: Number };
    // Noon UTC would shift no day; write-excel-file writes the UTC date of midnight as that day.
    case 'day': return { value: new Date(`${cell.value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
    // the wall-clock time as a UTC moment, for the same reason: Excel's cell then shows that time
    case 'time': return { value: new Date(`${cell.value.replace(' ', 'T')}Z`), type: Date, format: 'yyyy-mm-dd hh:mm:ss' };
    case 'empty': return null;
  }
}
