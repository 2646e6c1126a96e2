// Export the per-worker summary to .xlsx or .csv (UTF-8 with BOM); the file is built on demand and the
// spreadsheet writer is loaded only when someone exports.
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadBlob } from '../costs/download-blob';

export function LabourExport(props: { table: () => ExportTable; fileName: string }) {
  const { t } = useI18n();
  const name = (extension: string): string => `${props.fileName}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
  const exportCsv = (): void => downloadBlob(new Blob([writeCsv(props.table())], { type: 'text/csv;charset=utf-8' }), name('csv'));
  const exportXlsx = async (): Promise<void> => {
    const { tableToXlsx } = await import('../export/write-xlsx');
    downloadBlob(await tableToXlsx(props.table(), props.fileName), name('xlsx'));
  };
  return (
    <div class="export-buttons" role="group" aria-label={t('export.open')}>
      <button type="button" class="button" onClick={() => void exportXlsx()}>{t('export.open')}: {t('export.xlsx')}</button>
      <button type="button" class="button" onClick={exportCsv}>{t('export.open')}: {t('export.csv')}</button>
    </div>
  );
}
