// "#/sign-in": name and password, for someone who set a password when they joined.
import { Show, createSignal } from 'solid-js';
import { accessErrorKey } from '../../access/access-errors';
import { checkPersonForm, describeDevice } from '../../access/person-form';
import { AppHeader } from '../../app/AppHeader';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { openLanding } from './after-sign-in';
import { PersonFields } from './PersonFields';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = createSignal(session.identity().name);
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<MessageKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkPersonForm(name(), password(), true);
    if (!checked.ok || checked.password === undefined) return void setError(checked.ok ? 'access.error.wrong-name-or-password' : checked.error);
    setBusy(true);
    setError(null);
    const result = await session.access.api.signIn(checked.name, checked.password, describeDevice(navigator.userAgent));
    if (!result.ok || !(await session.access.adopt(result.value))) {
      setBusy(false);
      return void setError(accessErrorKey(result.ok ? 'unknown' : result.error));
    }
    openLanding(session.access);
  };
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow stack-large">
        <form class="panel" aria-labelledby="sign-in-title" onSubmit={(event) => void submit(event)}>
          <h1 id="sign-in-title">{t('signIn.title')}</h1>
          <p class="muted">{t('signIn.help')}</p>
          <PersonFields idPrefix="sign-in" name={name()} password={password()} passwordRequired onName={setName} onPassword={setPassword} />
          <Show when={error()}>{(key) => <p class="form-error" role="alert">{t(key())}</p>}</Show>
          <button type="submit" class="button button--primary" disabled={busy()}>{busy() ? t('access.working') : t('access.signIn')}</button>
          <p class="muted small">{t('signIn.noPassword')}</p>
        </form>
      </main>
    </>
  );
}
