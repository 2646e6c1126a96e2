// "#/w/<ws>/team": the workspace's members and roles, invitations, and this person's own devices.
// What each part offers follows the person's role (shared/domain/access), as the relay enforces it.
import { Show } from 'solid-js';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { DevicesPanel } from './DevicesPanel';
import { InvitePanel } from './InvitePanel';
import { MembersPanel } from './MembersPanel';
import { RobotsPanel } from '../robots/RobotsPanel';
import { canSeeTeamHealth } from '../health/team-access';

export default function TeamPage() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  return (
    <>
      <AppHeader>
        <a class="icon-button" href={formatRoute({ kind: 'workspace', workspaceId: workspace.workspaceId })} aria-label={t('team.back')} title={t('team.back')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{t('team.title')}</h1>
      </AppHeader>
      <main id="main" class="page page--narrow stack-large">
        <Show
          when={session.access.session() !== null}
          fallback={
            <section class="panel">
              <p>{t('team.signInFirst')}</p>
              <a class="button button--primary" href={formatRoute({ kind: 'sign-in' })}>{t('access.signIn')}</a>
            </section>
          }
        >
          <Show when={workspace.role()}>
            {(role) => (
              <>
                <Show when={canSeeTeamHealth(role())}>
                  <p><a class="button" href={formatRoute({ kind: 'team-health', workspaceId: workspace.workspaceId })} data-testid="team-health-link">{t('health.teamOpen')}</a></p>
                </Show>
                <MembersPanel actor={role()} />
                <Show when={workspace.permissions().canManageTeam}>
                  <InvitePanel actor={role()} />
                </Show>
                <RobotsPanel />
              </>
            )}
          </Show>
          <DevicesPanel />
        </Show>
      </main>
    </>
  );
}
