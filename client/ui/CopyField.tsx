// A link shown read-only with a copy button. Copying falls back to selecting the text where the
// clipboard API is unavailable (plain http on a site LAN).
import { useI18n } from '../i18n/I18nProvider';

export function CopyField(props: { value: string; label: string; copyLabel: string; onCopied: () => void; testId?: string }) {
  const { t } = useI18n();
  let field: HTMLInputElement | undefined;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(props.value);
      props.onCopied();
    } catch {
      field?.select();
    }
  };
  return (
    <div class="inline-form">
      <input ref={field} class="input" readOnly value={props.value} aria-label={props.label} data-testid={props.testId} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" class="button button--primary" onClick={() => void copy()} title={t('home.copied')}>{props.copyLabel}</button>
    </div>
  );
}
