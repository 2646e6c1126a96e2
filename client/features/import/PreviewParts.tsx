// Pieces both import previews (schedule and finance sheets) share: a row's problems in words, and
// the note for rows beyond the shown limit.
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { MAX_PREVIEW_ROWS } from './preview-rows';

export function PreviewIssues<T extends { readonly severity: string; readonly code: string }>(props: { issues: readonly T[]; text: (issue: T) => string }) {
  return (
    <td>
      <For each={props.issues}>{(issue) => <p class={`import-issue import-issue--${issue.severity}`} data-code={issue.code}>{props.text(issue)}</p>}</For>
    </td>
  );
}

export function MoreRowsNote(props: { total: number }) {
  const { t } = useI18n();
  return (
    <Show when={props.total > MAX_PREVIEW_ROWS}>
      <p class="muted">{t('import.moreRows', { count: props.total - MAX_PREVIEW_ROWS })}</p>
    </Show>
  );
}
