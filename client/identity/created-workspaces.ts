// Which workspaces were created on this device. Signed in, such a workspace is registered with the
// relay (its creator becomes owner); one opened from someone else's link never is, so a stale copy
// of a teammate's workspace can't be claimed by whoever signs in first.
import { isId, type WorkspaceId } from '../../shared/ids';

const CREATED_KEY = 'sitebeam.createdWorkspaces';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function loadCreatedWorkspaces(storage: KeyValueStore): ReadonlySet<WorkspaceId> {
  try {
    const value: unknown = JSON.parse(storage.getItem(CREATED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is WorkspaceId => isId<'workspace'>(id)) : []);
  } catch {
    return new Set();
  }
}

export function markWorkspaceCreated(storage: KeyValueStore, id: WorkspaceId): void {
  const ids = loadCreatedWorkspaces(storage);
  if (!ids.has(id)) storage.setItem(CREATED_KEY, JSON.stringify([...ids, id]));
}
