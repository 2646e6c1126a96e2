// "#/" opens the default workspace; a first-time visitor gets a new one, named after them. Only the
// creator names it: someone joining by link must not overwrite the name before it has synced.
import { onMount } from 'solid-js';
import { newId, type WorkspaceId } from '../../shared/ids';
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
    void registeredFirst(session, workspaceId).then(() => {
      const room = session.rooms.acquire(name);
      return room.loaded.then(() => {
        session.report(renameWorkspace(room.doc, t('home.defaultWorkspaceName', { name: session.identity().name }), Date.now(), session.systemOrigin));
        saveDefaultWorkspace(localStorage, workspaceId);
        markWorkspaceCreated(localStorage, workspaceId);
        session.rooms.release(name);
        navigate({ kind: 'workspace', workspaceId }, { replace: true });
      });
    });
  });
  return (
    <>
      <AppHeader />
      <main id="main" class="page page--narrow"><p class="muted">{t('app.loading')}</p></main>
    </>
  );
}

/** Longest a new workspace waits for the relay to register it before it opens anyway (offline-first). */
const REGISTER_WAIT_MS = 3_000;

/**
 * Signed in and online, the relay learns of a new workspace before its room connects: otherwise it
 * refuses the room (403, counted as an error) until the provider's next retry. Failing or slow, the
 * workspace opens anyway; WorkspaceScope registers it later (it was created on this device).
 */
async function registeredFirst(session: ReturnType<typeof useSession>, workspaceId: WorkspaceId): Promise<void> {
  if (session.access.session() === null || !navigator.onLine) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, REGISTER_WAIT_MS);
  });
  await Promise.race([session.access.registerWorkspace(workspaceId).then(() => undefined, () => undefined), waited]);
  clearTimeout(timer);
}
