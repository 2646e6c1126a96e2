// Routes to the screens. The board, activity and team pages are loaded on demand so the first screen stays small.
import { Match, Switch, createEffect, createMemo, lazy, untrack } from 'solid-js';
import type { ProjectId, TaskId, WorkspaceId } from '../../shared/ids';
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
import { NotificationOpener } from '../features/reminders/NotificationOpener';
import { ReminderScheduler } from '../features/reminders/ReminderScheduler';
import { SatisfactionSurvey } from '../features/survey/SatisfactionSurvey';
import { prefetchFirstScreen } from '../features/gantt/first-screen-prefetch';
import { projectRoom } from '../../shared/schema/room-name';

const BoardPage = lazy(() => import('../features/board/BoardPage'));
const TeamPage = lazy(() => import('../features/team/TeamPage'));
const ActivityPage = lazy(() => import('../features/history/ActivityPage'));
const GanttPage = lazy(() => import('../features/gantt/GanttPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const LabourPage = lazy(() => import('../features/labour/LabourPage'));
const CostsPage = lazy(() => import('../features/costs/CostsPage'));
const FundsPage = lazy(() => import('../features/funds/FundsPage'));
const TodayPage = lazy(() => import('../features/today/TodayPage'));
const ProjectHealthPage = lazy(() => import('../features/health/ProjectHealthPage'));
const TeamHealthPage = lazy(() => import('../features/health/TeamHealthPage'));

export function Shell() {
  const { t } = useI18n();
  const { notices, access } = useSession();
  const route = createHashRoute();
  // a fresh device's Gantt asks the relay for its first screen while the page's code loads
  const ganttProject = createMemo(() => projectOf(route(), 'gantt'));
  // on the person signed in, not on the token: the token's refresh as the app starts must not ask again
  const signedInUser = createMemo(() => access.session()?.userId ?? null);
  createEffect(() => {
    const projectId = ganttProject();
    if (projectId === null || signedInUser() === null) return;
    const current = untrack(access.session);
    if (current !== null) prefetchFirstScreen(projectRoom(projectId), current);
  });
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
              <ReminderScheduler />
              <SatisfactionSurvey />
              <Switch fallback={<HomePage />}>
                <Match when={route().kind === 'team'}>
                  <TeamPage />
                </Match>
                <Match when={route().kind === 'today'}>
                  <TodayPage />
                </Match>
                <Match when={route().kind === 'team-health'}>
                  <TeamHealthPage />
                </Match>
                <Match when={projectOf(route(), 'health')} keyed>
                  {(projectId) => <ProjectHealthPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'activity')} keyed>
                  {(projectId) => <ActivityPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'gantt')} keyed>
                  {(projectId) => <GanttPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'import')} keyed>
                  {(projectId) => <ImportPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'costs')} keyed>
                  {(projectId) => <CostsPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'funds')} keyed>
                  {(projectId) => <FundsPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'labour')} keyed>
                  {(projectId) => <LabourPage projectId={projectId} />}
                </Match>
                <Match when={projectOf(route(), 'project')} keyed>
                  {(projectId) => <BoardPage projectId={projectId} cardId={cardOf(route())} />}
                </Match>
              </Switch>
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
      <NotificationOpener />
      <NoticeArea notices={notices} dismissLabel={t('notice.dismiss')} />
    </>
  );
}

function workspaceOf(route: Route): WorkspaceId | null {
  return route.kind === 'workspace' || route.kind === 'project' || route.kind === 'activity' || route.kind === 'gantt' || route.kind === 'import' || route.kind === 'labour' || route.kind === 'costs' || route.kind === 'funds' || route.kind === 'team' || route.kind === 'today' || route.kind === 'health' || route.kind === 'team-health' ? route.workspaceId : null;
}

function tokenOf(route: Route, kind: 'claim' | 'join'): string | null {
  if (kind === 'claim') return route.kind === 'claim' ? route.secret : null;
  return route.kind === 'join' ? route.link : null;
}

function projectOf(route: Route, kind: 'project' | 'activity' | 'gantt' | 'import' | 'labour' | 'costs' | 'funds' | 'health'): ProjectId | null {
  return route.kind === kind ? route.projectId : null;
}

function cardOf(route: Route): TaskId | null {
  return route.kind === 'project' ? route.cardId ?? null : null;
}
