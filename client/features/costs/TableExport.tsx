// Two buttons that export one table as .csv (UTF-8 with BOM) or .xlsx (write-excel-file, loaded on demand).
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadBlob } from './download-blob';

export function TableExport(props: { table: () => ExportTable; fileName: string; label: string }) {
  const { t } = useI18n();
  const name = (extension: string): string => `${props.fileName}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
  const exportCsv = (): void => downloadBlob(new Blob([writeCsv(props.table())], { type: 'text/csv;charset=utf-8' }), name('csv'));
  const exportXlsx = async (): Promise<void> => {
    const { tableToXlsx } = await import('../export/write-xlsx');
    downloadBlob(await tableToXlsx(props.table(), props.fileName), name('xlsx'));
  };
  return (
    <div class="finance-export" role="group" aria-label={props.label}>
      <button type="button" class="button button--small" onClick={exportCsv}>{t('costs.export.csv')}</button>
      <button type="button" class="button button--small" onClick={() => void exportXlsx()}>{t('costs.export.xlsx')}</button>
    </div>
  );
}
