// Bytes of an uploaded file to named sheets of plain cells, whatever the format: .xlsx through
// read-excel-file (loaded only here, so it never reaches the first bundle), CSV through the small
// RFC 4180 reader, MS Project XML through the MSPDI reader. Runs inside the import worker.
import { parseCsv } from '../../../shared/domain/import/csv';
import { readMspdi, type MspdiFailure } from '../../../shared/domain/import/mspdi';
import { fail, ok, type Result } from '../../../shared/result';
import { detectFileKind, type FileFailure } from './file-kind';
import { MAX_IMPORT_ROWS } from './import-limits';
import { toSheet, type NamedSheet } from './workbook-sheet';

export type WorkbookFailure = FileFailure | MspdiFailure | 'broken-xlsx' | 'too-many-rows';

export interface Workbook {
  readonly sheets: readonly NamedSheet[];
  readonly encoding: 'utf-8' | 'utf-16' | 'gbk' | null;
}

export async function readWorkbook(bytes: Uint8Array): Promise<Result<Workbook, WorkbookFailure>> {
  const kind = detectFileKind(bytes);
  if (!kind.ok) return kind;
  let workbook: Workbook;
  if (kind.value.kind === 'xlsx') {
    try {
      const { default: readXlsxFile } = await import('read-excel-file/web-worker');
      const copy = bytes.slice().buffer;
      const sheets = await readXlsxFile(copy);
      workbook = { sheets: sheets.map((sheet) => ({ name: sheet.sheet, rows: toSheet(sheet.data) })), encoding: null };
    } catch {
      return fail('broken-xlsx');
    }
  } else if (kind.value.format === 'xml') {
    const sheet = readMspdi(kind.value.text);
    if (!sheet.ok) return sheet;
    workbook = { sheets: [{ name: 'MS Project', rows: sheet.value }], encoding: kind.value.encoding };
  } else {
    workbook = { sheets: [{ name: 'CSV', rows: parseCsv(kind.value.text) }], encoding: kind.value.encoding };
  }
  if (workbook.sheets.every((sheet) => sheet.rows.length === 0)) return fail('empty');
  if (workbook.sheets.some((sheet) => sheet.rows.length > MAX_IMPORT_ROWS + 50)) return fail('too-many-rows');
  return ok(workbook);
}
