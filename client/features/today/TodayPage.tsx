// The Today view (今日) at #/w/<ws>/today: the check-in card and the points with the team
// leaderboard, from the workspace room (so it works offline and syncs like everything else).
// "Now" comes from createNow alone, which a browser test moves with Playwright's clock.
import { createMemo } from 'solid-js';
import { AppHeader } from '../../app/AppHeader';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { createWorkspaceCalendar } from '../gantt/create-workspace-calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { CheckInCard } from './CheckInCard';
import { createCheckIns } from './create-check-ins';
import { PointsCard } from './PointsCard';
import { createNow, dayAt, offsetAt } from './today-clock';
import { buildPointsView } from './today-points';

export default function TodayPage() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const now = createNow();
  const today = createMemo(() => dayAt(now()));
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const checkIns = createCheckIns(workspace.room.doc);
  const points = createMemo(() =>
    buildPointsView({ calendar: calendar(), offsetMinutes: offsetAt(now()), today: today(), userId: session.identity().id, checkIns: checkIns(), projects: [] }),
  );
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow stack-large">
        <section aria-labelledby="today-title">
          <p class="eyebrow">{workspace.records.name}</p>
          <h1 id="today-title">{t('today.title')}</h1>
          <p class="muted" data-testid="today-day">{t('today.forPerson', { name: session.identity().name, day: today() })}</p>
        </section>
        <CheckInCard now={now} today={today} checkIns={checkIns} streak={points().streak} />
        <PointsCard view={points()} />
      </main>
    </>
  );
}
