// "#/join/<link>": an invitation (join a workspace with a role) or a device link (sign this device
// in as yourself). The link is checked first, so an expired or used one says so before any typing.
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Role } from '../../../shared/domain/access';
import { isId, type WorkspaceId } from '../../../shared/ids';
import type { LinkInfo } from '../../access/access-api';
import { accessErrorKey } from '../../access/access-errors';
import { checkPersonForm, describeDevice } from '../../access/person-form';
import { AppHeader } from '../../app/AppHeader';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { openLanding } from './after-sign-in';
import { InviteSummary } from './InviteSummary';
import { PersonFields } from './PersonFields';

export function JoinPage(props: { link: string }) {
  const { t } = useI18n();
  const session = useSession();
  const [peeked] = createResource(() => props.link, (link) => session.access.api.peekLink(link));
  const [name, setName] = createSignal(session.identity().name);
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<MessageKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  const info = (): LinkInfo | null => {
    const result = peeked();
    return result?.ok ? result.value : null;
  };
  const failure = (): string | null => {
    const result = peeked();
    return result && !result.ok ? result.error : null;
  };
  const invite = (): { readonly workspaceId: WorkspaceId; readonly role: Role } | null => {
    const link = info();
    return link?.kind === 'invite' && isId<'workspace'>(link.workspaceId) ? { workspaceId: link.workspaceId, role: link.role } : null;
  };
  const submit = async (event: SubmitEvent, link: LinkInfo): Promise<void> => {
    event.preventDefault();
    const checked = link.kind === 'invite' ? checkPersonForm(name(), password(), false) : { ok: true as const, name: session.identity().name, password: undefined };
    if (!checked.ok) return void setError(checked.error);
    setBusy(true);
    setError(null);
    const result = await session.access.api.join(props.link, { userId: session.identity().id, name: checked.name, password: checked.password, device: describeDevice(navigator.userAgent) });
    if (!result.ok || !(await session.access.adopt(result.value))) {
      setBusy(false);
      return void setError(accessErrorKey(result.ok ? 'unknown' : result.error));
    }
    openLanding(session.access, invite()?.workspaceId ?? null);
  };
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow stack-large">
        <Switch fallback={<p class="muted">{t('join.checking')}</p>}>
          <Match when={failure()}>
            {(code) => (
              <section class="panel" aria-labelledby="join-title">
                <h1 id="join-title">{t('join.title')}</h1>
                <p class="form-error" role="alert">{t(accessErrorKey(code()))}</p>
                <p class="muted">{t('join.askForNew')}</p>
              </section>
            )}
          </Match>
          <Match when={info()}>
            {(link) => (
              <form class="panel" aria-labelledby="join-title" onSubmit={(event) => void submit(event, link())}>
                <Show
                  when={invite()}
                  fallback={
                    <>
                      <h1 id="join-title">{t('join.deviceTitle')}</h1>
                      <p>{deviceName(link()) ? t('join.deviceAs', { name: deviceName(link()) ?? '' }) : t('join.device')}</p>
                    </>
                  }
                >
                  {(granted) => (
                    <>
                      <h1 id="join-title">{t('join.title')}</h1>
                      <InviteSummary workspaceId={granted().workspaceId} role={granted().role} />
                      <PersonFields idPrefix="join" name={name()} password={password()} passwordRequired={false} onName={setName} onPassword={setPassword} />
                    </>
                  )}
                </Show>
                <Show when={error()}>{(key) => <p class="form-error" role="alert">{t(key())}</p>}</Show>
                <button type="submit" class="button button--primary" disabled={busy()}>
                  {busy() ? t('access.working') : link().kind === 'invite' ? t('join.submit') : t('join.deviceSubmit')}
                </button>
              </form>
            )}
          </Match>
        </Switch>
      </main>
    </>
  );
}

function deviceName(link: LinkInfo): string | null {
  return link.kind === 'device' && link.name ? link.name : null;
}
