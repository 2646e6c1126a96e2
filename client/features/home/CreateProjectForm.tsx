// Creates a project in the workspace, lays out its first columns in the person's language, and
// opens its board.
import { createSignal } from 'solid-js';
import { addProject, initProject, projectRoom } from '../../../shared/schema';
import { navigate } from '../../app/hash-route';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function CreateProjectForm() {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [name, setName] = createSignal('');
  const create = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = addProject(workspace.room.doc, { name: name(), createdBy: session.identity().id, now: Date.now() }, session.origin);
    if (!session.report(result) || !result.ok) return;
    setName('');
    const projectId = result.value;
    const room = projectRoom(projectId);
    const project = session.rooms.acquire(room);
    void project.loaded.then(() => {
      initProject(project.doc, t('board.defaultColumns').split('|'), session.systemOrigin);
      session.rooms.release(room);
      navigate({ kind: 'project', workspaceId: workspace.workspaceId, projectId });
    });
  };
  return (
    <form class="inline-form" onSubmit={create}>
      <label class="visually-hidden" for="new-project-name">{t('home.projectName')}</label>
      <input id="new-project-name" class="input" placeholder={t('home.projectName')} maxLength={200} value={name()} onInput={(event) => setName(event.currentTarget.value)} />
      <button type="submit" class="button button--primary" disabled={name().trim() === ''}>{t('home.newProject')}</button>
    </form>
  );
}
