// Shown on a finance page whose room a newer app wrote: its records are shown, but nothing can be
// changed until this app is updated (it could misread them, e.g. a deleted labour record as live).
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';

export function NewerDocumentBanner(props: { when: boolean }) {
  const { t } = useI18n();
  return (
    <Show when={props.when}>
      <p class="banner banner--warning" role="alert" data-testid="finance-newer-document">{t('update.newerDocument')}</p>
    </Show>
  );
}
