// Who is signed in and with which role in this workspace, and signing out; a sign-in link when
// nobody is. A <details> menu: keyboard and screen readers get it from the browser.
import { Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { Avatar } from '../ui/Avatar';
import { formatRoute } from './routes';
import { useSession } from './session';
import { useOptionalWorkspace } from './WorkspaceScope';

export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useOptionalWorkspace();
  const roleLabel = (): string => {
    const role = workspace?.role();
    return role ? t(`role.${role}`) : '';
  };
  return (
    <Show
      when={session.access.session()}
      fallback={<a class="button button--quiet" href={formatRoute({ kind: 'sign-in' })}>{t('access.signIn')}</a>}
    >
      {(signed) => (
        <details class="account-menu" data-testid="account-menu">
          {/* The name is the visible role followed by hidden words, so speech users can say what they see. */}
          <summary class="account-menu__summary">
            <Avatar name={signed().name} color={session.identity().color} size="small" decorative />
            <span class="account-menu__role">{roleLabel()}</span>
            <span class="visually-hidden">{t('access.accountOf', { name: signed().name })}</span>
          </summary>
          <div class="account-menu__body">
            <strong>{signed().name}</strong>
            <Show when={roleLabel() !== ''}>
              <span class="muted small">{roleLabel()}</span>
            </Show>
            <Show when={workspace}>
              {(scope) => <a class="button" href={formatRoute({ kind: 'team', workspaceId: scope().workspaceId })}>{t('team.title')}</a>}
            </Show>
            <button type="button" class="button" onClick={() => session.access.signOut()}>{t('access.signOut')}</button>
          </div>
        </details>
      )}
    </Show>
  );
}
