// Lasting news about access, under the header: the session ended (sign in again) or the relay took
// this workspace away. Notices fade; these stay until the situation changes.
import { Show } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from './routes';
import { useSession } from './session';

export function AccessBanner() {
  const { t } = useI18n();
  const session = useSession();
  const lostAccess = () => session.rooms.openRooms().some((room) => room.link() === 'no-access');
  return (
    <>
      <Show when={session.access.sessionEnded() && session.access.session() === null}>
        <p class="banner banner--warning" role="alert" data-testid="session-ended">
          {t('access.sessionEnded')} <a href={formatRoute({ kind: 'sign-in' })}>{t('access.signIn')}</a>
        </p>
      </Show>
      <Show when={lostAccess()}>
        <p class="banner banner--warning" role="alert" data-testid="access-lost">{t('access.lostAccess')}</p>
      </Show>
    </>
  );
}
