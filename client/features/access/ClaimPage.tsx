// "#/claim/<secret>": the first person makes this relay theirs. The workspace already on this device
// is registered with them as owner, so everything they made offline starts syncing at once.
import { Show, createSignal } from 'solid-js';
import { accessErrorKey } from '../../access/access-errors';
import { checkPersonForm, describeDevice } from '../../access/person-form';
import { AppHeader } from '../../app/AppHeader';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { loadDefaultWorkspace } from '../../identity/local-identity';
import { openLanding } from './after-sign-in';
import { PersonFields } from './PersonFields';

export function ClaimPage(props: { secret: string }) {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = createSignal(session.identity().name);
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<MessageKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkPersonForm(name(), password(), false);
    if (!checked.ok) return void setError(checked.error);
    setBusy(true);
    setError(null);
    const result = await session.access.api.claim(props.secret, { userId: session.identity().id, name: checked.name, password: checked.password, device: describeDevice(navigator.userAgent) });
    const existing = safeDefaultWorkspace();
    const registration: { result: Awaited<ReturnType<typeof session.access.registerWorkspace>> | null } = { result: null };
    // the workspace this device made is registered before its room connects: else the relay refuses
    // that room (403, counted as an error) until the provider's next retry
    const register = async (): Promise<void> => {
      if (existing !== null) registration.result = await session.access.registerWorkspace(existing);
    };
    if (!result.ok || !(await session.access.adopt(result.value, register))) {
      setBusy(false);
      return void setError(accessErrorKey(result.ok ? 'unknown' : result.error));
    }
    const registered = registration.result;
    if (registered !== null && !registered.ok) session.notices.show(t(accessErrorKey(registered.error)), 'error');
    openLanding(session.access, existing);
  };
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow stack-large">
        <form class="panel" aria-labelledby="claim-title" onSubmit={(event) => void submit(event)}>
          <h1 id="claim-title">{t('claim.title')}</h1>
          <p class="muted">{t('claim.help')}</p>
          <PersonFields idPrefix="claim" name={name()} password={password()} passwordRequired={false} onName={setName} onPassword={setPassword} />
          <Show when={error()}>{(key) => <p class="form-error" role="alert">{t(key())}</p>}</Show>
          <button type="submit" class="button button--primary" disabled={busy()}>{busy() ? t('access.working') : t('claim.submit')}</button>
        </form>
      </main>
    </>
  );
}

function safeDefaultWorkspace() {
  try {
    return loadDefaultWorkspace(localStorage);
  } catch {
    return null;
  }
}
