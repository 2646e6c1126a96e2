// Export the project's schedule as .xlsx or .csv (UTF-8 with BOM); the file is built on demand.
import type * as Y from 'yjs';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { localIsoDay } from '../../../shared/iso-day';
import { readCalendarSettings, readProject } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { scheduleExportTable } from './schedule-export';

export function ExportButtons(props: { projectDoc: Y.Doc; workspaceDoc: Y.Doc; projectName: string; memberNames: () => ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  const table = () => {
    const view = readProject(props.projectDoc);
    const now = Date.now();
    return scheduleExportTable({
      tasks: view.tasks, links: view.links, calendar: buildWorkingCalendar(readCalendarSettings(props.workspaceDoc)),
      fallbackStart: localIsoDay(now, new Date(now).getTimezoneOffset()), memberNames: props.memberNames(), language: language(),
    });
  };
  const fileName = (extension: string) => `${props.projectName || t('export.fileName')}.${extension}`.replace(/[\\/:*?"<>|]/g, '_');
  const exportCsv = (): void => download(new Blob([writeCsv(table())], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
  const exportXlsx = async (): Promise<void> => {
    const { tableToXlsx } = await import('./write-xlsx');
    download(await tableToXlsx(table(), t('export.fileName')), fileName('xlsx'));
  };
  return (
    <div class="export-buttons" role="group" aria-label={t('export.open')}>
      <button type="button" class="button" onClick={() => void exportXlsx()}>{t('export.open')}: {t('export.xlsx')}</button>
      <button type="button" class="button" onClick={exportCsv}>{t('export.open')}: {t('export.csv')}</button>
    </div>
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
