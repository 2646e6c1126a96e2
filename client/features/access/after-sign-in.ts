// The last step of claiming, joining or signing in: open the workspace the person belongs to.
import type { WorkspaceId } from '../../../shared/ids';
import { isId } from '../../../shared/ids';
import type { AccessController } from '../../access/access-controller';
import { landingWorkspace } from '../../access/landing';
import { navigate } from '../../app/hash-route';
import { loadDefaultWorkspace } from '../../identity/local-identity';

export function openLanding(access: AccessController, preferred: WorkspaceId | null = null): void {
  const workspaces = access.session()?.workspaces ?? [];
  const target = preferred ?? landingWorkspace(workspaces, safeDefault());
  if (target !== null && isId<'workspace'>(target)) navigate({ kind: 'workspace', workspaceId: target }, { replace: true });
  else navigate({ kind: 'root' }, { replace: true });
}

function safeDefault(): WorkspaceId | null {
  try {
    return loadDefaultWorkspace(localStorage);
  } catch {
    return null;
  }
}
