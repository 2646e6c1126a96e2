// Routes to the screens. The board is loaded on demand so the first screen stays small.
import { Match, Show, Switch, lazy } from 'solid-js';
import type { ProjectId, WorkspaceId } from '../../shared/ids';
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
        <Match when={workspaceOf(route())} keyed>
          {(workspaceId) => (
            <WorkspaceScope workspaceId={workspaceId}>
              <Show when={projectOf(route())} keyed fallback={<HomePage />}>
                {(projectId) => <BoardPage projectId={projectId} />}
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
  return route.kind === 'workspace' || route.kind === 'project' ? route.workspaceId : null;
}

function projectOf(route: Route): ProjectId | null {
  return route.kind === 'project' ? route.projectId : null;
}
