// One table as a downloaded .csv (UTF-8 with BOM) or .xlsx file, for every export button in the app.
// The .xlsx writer is loaded on first use, so an export can fail where the page still works (offline
// before the writer was ever fetched, an app update that removed the old chunk): the failure is kept as
// a message for the buttons to show, never a rejected promise nobody sees. Nothing else changes on a
// failure. A module that failed to load stays failed for the page (browsers keep the failed fetch in
// their module map), so the message says to reload once connected; a .csv never needs the writer.
import { createSignal, type Accessor } from 'solid-js';
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { MessageKey } from '../../i18n/messages-en';
import { downloadBlob } from '../costs/download-blob';

export interface FileExportSource {
  readonly table: () => ExportTable;
  /** Without extension; characters no file system takes become '_'. */
  readonly fileName: () => string;
  /** The worksheet's name in the .xlsx file (made valid for Excel by tableToXlsx). */
  readonly sheetName: () => string;
}

export interface FileExport {
  exportCsv(): void;
  exportXlsx(): Promise<void>;
  readonly problem: Accessor<MessageKey | null>;
  /** True while an .xlsx file is being made. */
  readonly busy: Accessor<boolean>;
}

export function createFileExport(source: FileExportSource): FileExport {
  const [problem, setProblem] = createSignal<MessageKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  const name = (extension: string): string => `${source.fileName()}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
  return {
    problem,
    busy,
    exportCsv() {
      setProblem(null);
      try {
        downloadBlob(new Blob([writeCsv(source.table())], { type: 'text/csv;charset=utf-8' }), name('csv'));
      } catch (error) {
        console.warn('the .csv export failed', error);
        setProblem('export.error.csv');
      }
    },
    async exportXlsx() {
      if (busy()) return;
      setProblem(null);
      setBusy(true);
      try {
        const { tableToXlsx } = await import('./write-xlsx');
        downloadBlob(await tableToXlsx(source.table(), source.sheetName()), name('xlsx'));
      } catch (error) {
        console.warn('the .xlsx export failed', error);
        setProblem('export.error.xlsx');
      } finally {
        setBusy(false);
      }
    },
  };
}
