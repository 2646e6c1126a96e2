// First run: the only question is a display name. No account, no password.
import { createSignal } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { makeIdentity, type Identity } from './local-identity';

export function NameForm(props: { onDone: (identity: Identity) => void }) {
  const { t } = useI18n();
  const [name, setName] = createSignal('');
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (name().trim() === '') return;
    props.onDone(makeIdentity(name()));
  };
  return (
    <main class="welcome">
      <div class="welcome__card">
        <div class="welcome__top">
          <img src="/icons/icon.svg" alt="" width="48" height="48" />
          <LanguageSwitch />
        </div>
        <h1>{t('identity.title')}</h1>
        <p class="muted">{t('app.tagline')}</p>
        <form onSubmit={submit} class="stack">
          <label for="identity-name">{t('identity.prompt')}</label>
          <input
            id="identity-name"
            class="input"
            autocomplete="name"
            maxLength={200}
            placeholder={t('identity.name')}
            value={name()}
            onInput={(event) => setName(event.currentTarget.value)}
            required
          />
          <button type="submit" class="button button--primary" disabled={name().trim() === ''}>{t('identity.continue')}</button>
        </form>
        <p class="muted small">{t('identity.noAccount')}</p>
      </div>
    </main>
  );
}
