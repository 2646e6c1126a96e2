// An export table as an .xlsx file through write-excel-file (loaded only when someone exports): days
// and moments as real Excel dates, numbers as numbers, the header row bold and frozen, columns sized.
import type { ExportCell, ExportTable } from '../../../shared/domain/export/export-cell';

export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map(toXlsxCell));
  return writeXlsxFile([header, ...rows], {
    sheet: sheetName.slice(0, 31),
    stickyRowsCount: 1,
    columns: table.widths.map((width) => ({ width })),
  }).toBlob();
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
