// "#/" opens the default workspace; a first-time visitor gets a new one, named after them. Only the
// creator names it: someone joining by link must not overwrite the name before it has synced.
import { onMount } from 'solid-js';
import { newId } from '../../shared/ids';
import { renameWorkspace, workspaceRoom } from '../../shared/schema';
import { useI18n } from '../i18n/I18nProvider';
import { markWorkspaceCreated } from '../identity/created-workspaces';
import { loadDefaultWorkspace, saveDefaultWorkspace } from '../identity/local-identity';
import { AppHeader } from './AppHeader';
import { navigate } from './hash-route';
import { useSession } from './session';

export function RootRedirect() {
  const { t } = useI18n();
  const session = useSession();
  onMount(() => {
    const existing = loadDefaultWorkspace(localStorage);
    if (existing !== null) return navigate({ kind: 'workspace', workspaceId: existing }, { replace: true });
    const workspaceId = newId<'workspace'>();
    const name = workspaceRoom(workspaceId);
    const room = session.rooms.acquire(name);
    void room.loaded.then(() => {
      session.report(renameWorkspace(room.doc, t('home.defaultWorkspaceName', { name: session.identity().name }), Date.now(), session.systemOrigin));
      saveDefaultWorkspace(localStorage, workspaceId);
      markWorkspaceCreated(localStorage, workspaceId);
      session.rooms.release(name);
      navigate({ kind: 'workspace', workspaceId }, { replace: true });
    });
  });
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow"><p class="muted">{t('app.loading')}</p></main>
    </>
  );
}
