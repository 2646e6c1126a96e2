// The top bar on every screen: home link, the screen's own controls, the always-visible sync state
// (and read-only badge), the account menu and language switch, and lasting access and storage news below it.
import { Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SyncBadge } from '../ui/SyncBadge';
import { combineSyncStates } from '../sync/sync-state';
import { AccessBanner } from './AccessBanner';
import { AccountMenu } from './AccountMenu';
import { formatRoute } from './routes';
import { DeviceCopyBanner } from './DeviceCopyBanner';
import { useSession } from './session';
import { useOptionalWorkspace } from './WorkspaceScope';

export function AppHeader(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  const { rooms } = useSession();
  const workspace = useOptionalWorkspace();
  const state = () => combineSyncStates(rooms.openRooms().map((room) => room.syncState()));
  return (
    <>
      <header class="app-header">
        <a class="brand" href="#/" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span class="brand__name">{t('app.name')}</span>
        </a>
        <div class="app-header__page">{props.children}</div>
        <div class="app-header__end">
          <Show when={workspace}>
            {(scope) => <a class="button" href={formatRoute({ kind: 'today', workspaceId: scope().workspaceId })} data-testid="today-link">{t('today.open')}</a>}
          </Show>
          <Show when={workspace?.permissions().isReadOnly}>
            <span class="role-badge" data-testid="read-only-badge" title={t('access.readOnlyHelp')}>{t('access.readOnly')}</span>
          </Show>
          <SyncBadge state={state()} />
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <AccessBanner />
      <DeviceCopyBanner />
    </>
  );
}
