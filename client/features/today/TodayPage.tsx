// The Today view (今日) at #/w/<ws>/today: my tasks across the workspace's projects (at most
// MAX_OPEN_PROJECTS rooms open at once), the check-in card and the points with the team leaderboard.
// Everything is Yjs, so it works offline and syncs like every other screen.
// "Now" comes from createNow alone, which a browser test moves with Playwright's clock.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { compareRanks } from '../../../shared/rank';
import type { LabourSignFact } from '../../../shared/domain/points';
import type { ProjectId } from '../../../shared/ids';
import { AppHeader } from '../../app/AppHeader';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { createWorkspaceCalendar } from '../gantt/create-workspace-calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { BriefingSection } from './BriefingSection';
import { CheckInCard } from './CheckInCard';
import { LabourToSign } from './LabourToSign';
import { createCheckIns } from './create-check-ins';
import { createPointsFacts } from './create-points-facts';
import { PointsCard } from './PointsCard';
import { ProjectSource, type OpenProject } from './ProjectSource';
import { STARTING_SOON_DAYS, buildTodayLists } from './today-model';
import { TodayTaskList } from './TodayTaskList';
import { createNow, dayAt, offsetAt } from './today-clock';
import { buildPointsView } from './today-points';
import { ReminderCard } from '../reminders/ReminderCard';

/** Project rooms the view keeps open at once: each costs memory and a socket subscription. */
export const MAX_OPEN_PROJECTS = 12;

export default function TodayPage() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const now = createNow();
  const today = createMemo(() => dayAt(now()));
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const checkIns = createCheckIns(workspace.room.doc);
  const active = createMemo(() => Object.values(workspace.records.projects).filter((p) => !p.archived).sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)));
  const shown = createMemo(() => active().slice(0, MAX_OPEN_PROJECTS));
  const [open, setOpen] = createSignal<ReadonlyMap<ProjectId, OpenProject>>(new Map());
  const onProject = (id: ProjectId, value: OpenProject | null): void => {
    setOpen((map) => {
      const next = new Map(map);
      if (value === null) next.delete(id);
      else next.set(id, value);
      return next;
    });
  };
  const projects = createMemo(() => [...open().values()].map((entry) => entry.project));
  const lists = createMemo(() => buildTodayLists(projects(), session.identity().id, today()));
  const [labourCounts, setLabourCounts] = createSignal<ReadonlyMap<ProjectId, number>>(new Map());
  const onLabourCount = (id: ProjectId, count: number): void => void setLabourCounts((map) => new Map(map).set(id, count));
  const [localSignOffs, setLocalSignOffs] = createSignal<ReadonlyMap<ProjectId, readonly LabourSignFact[]>>(new Map());
  const onSignOffs = (id: ProjectId, facts: readonly LabourSignFact[]): void => void setLocalSignOffs((map) => new Map(map).set(id, facts));
  const relayFacts = createPointsFacts(workspace.workspaceId, () => session.access.session()?.token ?? null);
  const signOffs = createMemo(() => [...relayFacts().signOffs, ...[...localSignOffs().values()].flat()]);
  const labourPending = (): number => [...labourCounts().values()].reduce((sum, count) => sum + count, 0);
  const hasTasks = (): boolean => Object.values(lists()).some((list) => list.length > 0);
  const points = createMemo(() =>
    buildPointsView({ calendar: calendar(), offsetMinutes: offsetAt(now()), today: today(), userId: session.identity().id, checkIns: checkIns(), projects: projects(), signOffs: signOffs(), flaggedCheckIns: relayFacts().flaggedCheckIns }),
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
        <For each={shown()}>{(project) => <ProjectSource id={project.id} name={project.name} calendar={calendar} onChange={onProject} />}</For>
        <Show when={active().length > MAX_OPEN_PROJECTS}>
          <p class="muted">{t('today.tooManyProjects', { shown: MAX_OPEN_PROJECTS, count: active().length })}</p>
        </Show>
        <Show when={active().length === 0}>
          <p class="muted">{t('today.noProjects')}</p>
        </Show>
        <Show when={active().length > 0 && !hasTasks()}>
          <p class="muted" data-testid="today-no-tasks">{t('today.noTasks')}</p>
        </Show>
        <TodayTaskList id="overdue" title="today.section.overdue" empty={t('today.empty.overdue')} entries={lists().overdue} open={(id) => open().get(id)} />
        <TodayTaskList id="due-today" title="today.section.dueToday" empty={t('today.empty.dueToday')} entries={lists().dueToday} open={(id) => open().get(id)} />
        <TodayTaskList id="in-progress" title="today.section.inProgress" empty={t('today.empty.inProgress')} entries={lists().inProgress} open={(id) => open().get(id)} />
        <TodayTaskList id="starting-soon" title="today.section.startingSoon" empty={t('today.empty.startingSoon', { days: STARTING_SOON_DAYS })} entries={lists().startingSoon} open={(id) => open().get(id)} />
        <TodayTaskList id="blocked" title="today.section.blocked" empty={t('today.empty.blocked')} entries={lists().blocked} open={(id) => open().get(id)} />
        <Show when={workspace.permissions().canSeeFinance}>
          <section class="panel stack" aria-labelledby="today-labour" data-testid="today-labour">
            <h2 id="today-labour">{t('today.labour.title')}</h2>
            <ul class="stack">
              <For each={shown()}>{(project) => <LabourToSign projectId={project.id} projectName={project.name} onCount={onLabourCount} onSignOffs={onSignOffs} />}</For>
            </ul>
            <Show when={labourPending() === 0}><p class="muted">{t('today.labour.empty')}</p></Show>
          </section>
        </Show>
        <CheckInCard now={now} today={today} checkIns={checkIns} flagged={() => relayFacts().flaggedCheckIns} streak={points().streak} />
        <PointsCard view={points()} />
        <ReminderCard now={now} calendar={calendar} />
        <BriefingSection userId={session.identity().id} today={today} offsetMinutes={offsetAt(now())} calendar={calendar} projects={projects()} />
      </main>
    </>
  );
}
