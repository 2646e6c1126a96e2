// Export the per-worker summary to .xlsx or .csv (UTF-8 with BOM); the file is built on demand and the
// spreadsheet writer is loaded only when someone exports.
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { useI18n } from '../../i18n/I18nProvider';
import { createFileExport } from '../export/create-file-export';
import { ExportProblem } from '../export/ExportProblem';

export function LabourExport(props: { table: () => ExportTable; fileName: string }) {
  const { t } = useI18n();
  const file = createFileExport({ table: () => props.table(), fileName: () => props.fileName, sheetName: () => props.fileName });
  return (
    <div class="export-buttons" role="group" aria-label={t('export.open')}>
      <button type="button" class="button" aria-busy={file.busy()} onClick={() => void file.exportXlsx()}>{t('export.open')}: {t('export.xlsx')}</button>
      <button type="button" class="button" onClick={() => file.exportCsv()}>{t('export.open')}: {t('export.csv')}</button>
      <ExportProblem export={file} />
    </div>
  );
}
