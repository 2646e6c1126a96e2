// Two buttons that export one table as .csv (UTF-8 with BOM) or .xlsx (write-excel-file, loaded on demand).
import { useI18n } from '../../i18n/I18nProvider';
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { createFileExport } from '../export/create-file-export';
import { ExportProblem } from '../export/ExportProblem';

export function TableExport(props: { table: () => ExportTable; fileName: string; label: string }) {
  const { t } = useI18n();
  const file = createFileExport({ table: () => props.table(), fileName: () => props.fileName, sheetName: () => props.fileName });
  return (
    <div class="finance-export" role="group" aria-label={props.label}>
      <button type="button" class="button button--small" onClick={() => file.exportCsv()}>{t('costs.export.csv')}</button>
      <button type="button" class="button button--small" aria-busy={file.busy()} onClick={() => void file.exportXlsx()}>{t('costs.export.xlsx')}</button>
      <ExportProblem export={file} />
    </div>
  );
}
