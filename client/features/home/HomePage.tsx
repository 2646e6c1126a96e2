// The workspace home: its projects, creating and managing them (for those allowed to edit), its
// members, and the way to the team page.
import { For, Show, createMemo } from 'solid-js';
import { compareRanks } from '../../../shared/rank';
import { renameWorkspace } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { Avatar } from '../../ui/Avatar';
import { InlineRename } from '../../ui/InlineRename';
import { UndoButtons } from '../../ui/UndoButtons';
import { createUndo } from '../../undo/create-undo';
import { canSeeTeamHealth } from '../health/team-access';
import { CreateProjectForm } from './CreateProjectForm';
import { ProjectRow } from './ProjectRow';
import { TeamCard } from './TeamCard';

export function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const undo = createUndo(workspace.room.doc, 'workspace', session.origin);
  const projects = createMemo(() => Object.values(workspace.records.projects).sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)));
  const active = () => projects().filter((project) => !project.archived);
  const archived = () => projects().filter((project) => project.archived);
  const members = createMemo(() => Object.values(workspace.records.members).sort((a, b) => a.joinedAt - b.joinedAt));
  return (
    <>
      <AppHeader>
        <Show when={workspace.permissions().canEdit}>
          <UndoButtons undo={undo} />
        </Show>
      </AppHeader>
      <main id="main" class="page page--narrow stack-large">
        <section aria-labelledby="workspace-title">
          <p class="eyebrow">{t('home.workspace')}</p>
          <Show when={workspace.permissions().canEdit} fallback={<h1 id="workspace-title">{workspace.records.name || t('app.loading')}</h1>}>
            <InlineRename value={workspace.records.name} label={t('home.renameWorkspace')} onSave={(name) => session.report(renameWorkspace(workspace.room.doc, name, Date.now(), session.origin))}>
              <h1 id="workspace-title">{workspace.records.name || t('app.loading')}</h1>
            </InlineRename>
          </Show>
        </section>
        <p style={{ display: 'flex', gap: '8px', 'flex-wrap': 'wrap' }}>
          <a class="button button--primary" href={formatRoute({ kind: 'today', workspaceId: workspace.workspaceId })} data-testid="home-today-link">{t('today.open')}</a>
          <Show when={canSeeTeamHealth(workspace.role())}>
            <a class="button" href={formatRoute({ kind: 'team-health', workspaceId: workspace.workspaceId })} data-testid="home-health-link">{t('health.teamOpen')}</a>
          </Show>
        </p>
        <section class="panel" aria-labelledby="projects-title">
          <h2 id="projects-title">{t('home.projects')}</h2>
          <Show when={active().length > 0} fallback={<p class="muted">{t('home.noProjects')}</p>}>
            <ul class="project-list">
              <For each={active()}>{(project) => <ProjectRow project={project} />}</For>
            </ul>
          </Show>
          <Show when={workspace.permissions().canEdit}>
            <CreateProjectForm />
          </Show>
        </section>
        <Show when={archived().length > 0}>
          <details class="panel">
            <summary><h2 class="inline-heading">{t('home.archived')}</h2></summary>
            <ul class="project-list">
              <For each={archived()}>{(project) => <ProjectRow project={project} />}</For>
            </ul>
          </details>
        </Show>
        <TeamCard />
        <section class="panel" aria-labelledby="members-title">
          <h2 id="members-title">{t('home.members')}</h2>
          <ul class="member-list">
            <For each={members()}>
              {(member) => (
                <li class="member">
                  <Avatar name={member.name} color={member.color} decorative />
                  <span>{member.name}</span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </main>
    </>
  );
}
