// The team on the home screen: signed in with a role here, a way to the team page (invitations,
// roles, devices); otherwise how this workspace can start syncing with a team at all.
import { Show } from 'solid-js';
import { formatRoute } from '../../app/routes';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function TeamCard() {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <section class="panel" aria-labelledby="team-card-title" data-testid="team-card">
      <h2 id="team-card-title">{t('home.team')}</h2>
      <Show
        when={workspace.role() !== null}
        fallback={
          <>
            <p class="muted">{t('home.teamLocal')}</p>
            <p>
              {t('home.teamHaveAccount')} <a href={formatRoute({ kind: 'sign-in' })}>{t('access.signIn')}</a>
            </p>
          </>
        }
      >
        <p class="muted">{t('home.teamSignedIn')}</p>
        <a class="button button--primary" href={formatRoute({ kind: 'team', workspaceId: workspace.workspaceId })}>{t('home.teamOpen')}</a>
      </Show>
    </section>
  );
}
