// The preview of a labour or cost import: each sheet row, what the import does with it and every
// problem in words. Rows with problems come first when the file is long, so the page stays fast.
import { For, Show } from 'solid-js';
import type { FinanceIssue } from '../../../shared/domain/import/finance-issue';
import { useI18n } from '../../i18n/I18nProvider';
import type { FinancePreviewEntry } from './finance-preview';

const MAX_PREVIEW_ROWS = 500;

export function FinancePreviewTable(props: { columns: readonly string[]; entries: readonly FinancePreviewEntry[] }) {
  const { t } = useI18n();
  const shown = () => {
    const withProblems = props.entries.filter((entry) => entry.issues.length > 0);
    const rest = props.entries.filter((entry) => entry.issues.length === 0);
    return [...withProblems, ...rest].slice(0, MAX_PREVIEW_ROWS).sort((a, b) => a.sheetRow - b.sheetRow);
  };
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
                <td>
                  <For each={entry.issues}>
                    {(issue) => <p class={`import-issue import-issue--${issue.severity}`} data-code={issue.code}>{issueText(issue)}</p>}
                  </For>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.entries.length > MAX_PREVIEW_ROWS}>
        <p class="muted">{t('import.moreRows', { count: props.entries.length - MAX_PREVIEW_ROWS })}</p>
      </Show>
    </div>
  );
}
