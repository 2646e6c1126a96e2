// The preview of a labour or cost import: each sheet row, what the import does with it and every
// problem in words. Rows with problems come first when the file is long, so the page stays fast.
import { For } from 'solid-js';
import type { FinanceIssue } from '../../../shared/domain/import/finance-issue';
import { useI18n } from '../../i18n/I18nProvider';
import { MoreRowsNote, PreviewIssues } from './PreviewParts';
import { previewRows } from './preview-rows';
import type { FinancePreviewEntry } from './finance-preview';

export function FinancePreviewTable(props: { columns: readonly string[]; entries: readonly FinancePreviewEntry[] }) {
  const { t } = useI18n();
  const shown = () => previewRows(props.entries);
  const issueText = (issue: FinanceIssue) => t(`import.financeIssue.${issue.code}`, { cell: issue.cell ?? '', value: issue.value, assumed: issue.assumed });
  return (
    <div class="import-preview" tabindex="0" role="region" aria-label={t('import.previewLabel')}>
      <table class="import-preview__table">
        <thead>
          <tr>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('import.col.status')}</th>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
            <th scope="col">{t('import.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(entry) => (
              <tr class={`import-preview__row import-preview__row--${entry.status}`} data-status={entry.status}>
                <td class="numeric">{entry.sheetRow}</td>
                <td>{t(`import.status.${entry.status}`)}</td>
                <For each={props.columns}>{(_, index) => <td>{entry.cells[index()] ?? ''}</td>}</For>
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
