// A card's tags as removable chips plus a field to add one.
import { For, createSignal } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';

export function TagEditor(props: { tags: readonly string[]; onChange: (tags: string[]) => boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = createSignal('');
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    const tag = draft().trim();
    if (tag === '' || props.tags.includes(tag)) {
      setDraft('');
      return;
    }
    if (props.onChange([...props.tags, tag])) setDraft('');
  };
  return (
    <fieldset class="fieldset">
      <legend>{t('card.tags')}</legend>
      <ul class="chip-list">
        <For each={props.tags}>
          {(tag) => (
            <li class="chip chip--removable">
              {tag}
              <button type="button" class="chip__remove" aria-label={t('card.removeTag', { tag })} onClick={() => props.onChange(props.tags.filter((other) => other !== tag))}>×</button>
            </li>
          )}
        </For>
      </ul>
      <form class="inline-form" onSubmit={add}>
        <input class="input" maxLength={40} placeholder={t('card.newTag')} aria-label={t('card.newTag')} value={draft()} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit" class="button" disabled={draft().trim() === ''}>{t('card.addTag')}</button>
      </form>
    </fieldset>
  );
}
