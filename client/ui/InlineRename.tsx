// A name shown as text with a rename button; renaming swaps in a small form. Used for workspace,
// project and column names.
import { Show, createSignal, type JSX } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';

export function InlineRename(props: {
  value: string;
  label: string;
  onSave: (name: string) => boolean;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = createSignal(false);
  let input: HTMLInputElement | undefined;
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    if (input && props.onSave(input.value)) setEditing(false);
  };
  return (
    <Show
      when={editing()}
      fallback={
        <span class="inline-rename">
          {props.children}
          <button type="button" class="icon-button icon-button--quiet" aria-label={props.label} title={props.label} onClick={() => setEditing(true)}>
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16v4z" /></svg>
          </button>
        </span>
      }
    >
      <form class="inline-rename inline-rename--editing" onSubmit={save} onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}>
        <input ref={(element) => { input = element; queueMicrotask(() => element.select()); }} class="input" aria-label={props.label} value={props.value} maxLength={200} />
        <button type="submit" class="button button--primary">{t('home.save')}</button>
        <button type="button" class="button" onClick={() => setEditing(false)}>{t('home.cancel')}</button>
      </form>
    </Show>
  );
}
