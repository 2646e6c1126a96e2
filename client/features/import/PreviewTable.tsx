// The preview: each task the import would write (or skip), its status and every problem in words.
// Long files show the first rows with problems first, then the rest up to a limit, so the page stays fast.
import { For } from 'solid-js';
import type { ImportIssue } from '../../../shared/domain/import/sheet-types';
import { useI18n } from '../../i18n/I18nProvider';
import { MoreRowsNote, PreviewIssues } from './PreviewParts';
import { previewRows } from './preview-rows';
import type { PreviewEntry } from './import-preview';

export function PreviewTable(props: { entries: readonly PreviewEntry[] }) {
  const { t } = useI18n();
  const shown = () => previewRows(props.entries);
  const issueText = (issue: ImportIssue) => t(`import.issue.${issue.code}`, { cell: issue.cell ?? '', value: issue.value, assumed: issue.assumed });
  return (
    <div class="import-preview" tabindex="0" role="region" aria-label={t('import.previewLabel')}>
      <table class="import-preview__table">
        <thead>
          <tr>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('import.col.status')}</th>
            <th scope="col">{t('import.field.wbs')}</th>
            <th scope="col">{t('import.field.title')}</th>
            <th scope="col">{t('import.field.start')}</th>
            <th scope="col">{t('import.field.duration')}</th>
            <th scope="col">{t('import.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(entry) => (
              <tr class={`import-preview__row import-preview__row--${entry.status}`} data-status={entry.status}>
                <td class="numeric">{entry.sheetRow}</td>
                <td>{t(`import.status.${entry.status}`)}</td>
                <td>{entry.wbs}</td>
                <td style={{ 'padding-inline-start': `${0.5 + entry.depth * 1.25}rem` }}>{entry.title}</td>
                <td>{entry.start}</td>
                <td class="numeric">{entry.duration}</td>
                <PreviewIssues issues={entry.issues} text={issueText} />
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <MoreRowsNote total={props.entries.length} />
    </div>
  );
}
