// Export the project's schedule as .xlsx or .csv (UTF-8 with BOM); the file is built on demand.
import type * as Y from 'yjs';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { localIsoDay } from '../../../shared/iso-day';
import { readCalendarSettings, readProject } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { createFileExport } from './create-file-export';
import { ExportProblem } from './ExportProblem';
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
  const file = createFileExport({ table, fileName: () => props.projectName || t('export.fileName'), sheetName: () => t('export.fileName') });
  return (
    <div class="export-buttons" role="group" aria-label={t('export.open')}>
      <button type="button" class="button" aria-busy={file.busy()} onClick={() => void file.exportXlsx()}>{t('export.open')}: {t('export.xlsx')}</button>
      <button type="button" class="button" onClick={() => file.exportCsv()}>{t('export.open')}: {t('export.csv')}</button>
      <ExportProblem export={file} />
    </div>
  );
}
