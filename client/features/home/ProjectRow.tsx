// One project in the list: open it, rename it, archive or restore it.
import { Show } from 'solid-js';
import { renameProject, setProjectArchived, type ProjectSummary } from '../../../shared/schema';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { InlineRename } from '../../ui/InlineRename';

export function ProjectRow(props: { project: ProjectSummary }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const href = () => formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.project.id });
  const rename = (name: string): boolean => session.report(renameProject(workspace.room.doc, props.project.id, name, session.origin));
  const toggleArchived = (): void => {
    session.report(setProjectArchived(workspace.room.doc, props.project.id, !props.project.archived, session.origin));
  };
  return (
    <li class="project-row">
      <div class="project-row__main">
        <Show when={workspace.permissions().canEdit} fallback={<a class="project-row__name" href={href()}>{props.project.name}</a>}>
          <InlineRename value={props.project.name} label={`${t('home.rename')}: ${props.project.name}`} onSave={rename}>
            <Show when={!props.project.archived} fallback={<span class="project-row__name">{props.project.name}</span>}>
              <a class="project-row__name" href={href()}>{props.project.name}</a>
            </Show>
          </InlineRename>
        </Show>
        <Show when={props.project.createdAt > 0}>
          <span class="muted small">{t('home.createdOn', { date: formatDateTime(props.project.createdAt) })}</span>
        </Show>
      </div>
      <Show when={workspace.permissions().canEdit}>
        <button type="button" class="button" onClick={toggleArchived} aria-label={`${props.project.archived ? t('home.unarchive') : t('home.archive')}: ${props.project.name}`}>
          {props.project.archived ? t('home.unarchive') : t('home.archive')}
        </button>
      </Show>
    </li>
  );
}
