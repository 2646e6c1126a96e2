// Routes to the screens. The board and team page are loaded on demand so the first screen stays small.
import { Match, Show, Switch, lazy } from 'solid-js';
import type { ProjectId, WorkspaceId } from '../../shared/ids';
import { ClaimPage } from '../features/access/ClaimPage';
import { JoinPage } from '../features/access/JoinPage';
import { SignInPage } from '../features/access/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { useI18n } from '../i18n/I18nProvider';
import { NoticeArea } from '../ui/NoticeArea';
import { AppHeader } from './AppHeader';
import { createHashRoute } from './hash-route';
import { RootRedirect } from './RootRedirect';
import type { Route } from './routes';
import { useSession } from './session';
import { WorkspaceScope } from './WorkspaceScope';

const BoardPage = lazy(() => import('../features/board/BoardPage'));
const TeamPage = lazy(() => import('../features/team/TeamPage'));

export function Shell() {
  const { t } = useI18n();
  const { notices } = useSession();
  const route = createHashRoute();
  return (
    <>
      <a class="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Switch>
        <Match when={route().kind === 'root'}>
          <RootRedirect />
        </Match>
        <Match when={tokenOf(route(), 'claim')} keyed>
          {(secret) => <ClaimPage secret={secret} />}
        </Match>
        <Match when={tokenOf(route(), 'join')} keyed>
          {(link) => <JoinPage link={link} />}
        </Match>
        <Match when={route().kind === 'sign-in'}>
          <SignInPage />
        </Match>
        <Match when={workspaceOf(route())} keyed>
          {(workspaceId) => (
            <WorkspaceScope workspaceId={workspaceId}>
              <Show when={route().kind !== 'team'} fallback={<TeamPage />}>
                <Show when={projectOf(route())} keyed fallback={<HomePage />}>
                  {(projectId) => <BoardPage projectId={projectId} />}
                </Show>
              </Show>
            </WorkspaceScope>
          )}
        </Match>
        <Match when={route().kind === 'not-found'}>
          <AppHeader />
          <main id="main" class="page page--narrow">
            <p>{t('board.notFound')}</p>
            <a class="button" href="#/">{t('nav.home')}</a>
          </main>
        </Match>
      </Switch>
      <NoticeArea notices={notices} dismissLabel={t('notice.dismiss')} />
    </>
  );
}

function workspaceOf(route: Route): WorkspaceId | null {
  return route.kind === 'workspace' || route.kind === 'project' || route.kind === 'team' ? route.workspaceId : null;
}

function tokenOf(route: Route, kind: 'claim' | 'join'): string | null {
  if (kind === 'claim') return route.kind === 'claim' ? route.secret : null;
  return route.kind === 'join' ? route.link : null;
}

function projectOf(route: Route): ProjectId | null {
  return route.kind === 'project' ? route.projectId : null;
}
