// Holds a workspace open for the screens inside it: its room, its records as a store, this person's
// role and what it permits, and this person listed among its members. Signed in, it also makes sure
// the relay knows the workspace (when created on this device) and every project in it.
import { createContext, createEffect, createMemo, useContext, type Accessor, type ParentProps } from 'solid-js';
import type { Role } from '../../shared/domain/access';
import type { WorkspaceId } from '../../shared/ids';
import { upsertMember, workspaceRoom } from '../../shared/schema';
import { permissionsFor, type Permissions } from '../access/permissions';
import { loadCreatedWorkspaces } from '../identity/created-workspaces';
import { saveDefaultWorkspace } from '../identity/local-identity';
import { createWorkspaceStore, type WorkspaceRecords } from '../sync/doc-store';
import type { Room } from '../sync/open-room';
import { useRoom, useSession } from './session';

export interface WorkspaceScopeValue {
  readonly workspaceId: WorkspaceId;
  readonly room: Room;
  readonly records: WorkspaceRecords;
  /** This person's role here; null when signed out or the workspace lives only on this device. */
  readonly role: Accessor<Role | null>;
  readonly permissions: Accessor<Permissions>;
}

const WorkspaceContext = createContext<WorkspaceScopeValue>();

export function WorkspaceScope(props: ParentProps<{ workspaceId: WorkspaceId }>) {
  const session = useSession();
  const room = useRoom(workspaceRoom(props.workspaceId));
  const records = createWorkspaceStore(room.doc);
  const role = createMemo(() => session.access.roleIn(props.workspaceId));
  const permissions = createMemo(() => permissionsFor(role()));
  const signedIn = createMemo(() => session.access.session() !== null);
  try {
    saveDefaultWorkspace(localStorage, props.workspaceId);
  } catch {
    // Without storage the link still works; it just isn't the default next time.
  }
  createEffect(() => {
    const { id, name, color } = session.identity();
    // A viewer's edits would be refused by the relay; presence still shows them.
    if (room.isLoaded() && permissions().canEdit) session.report(upsertMember(room.doc, { id, name, color, now: Date.now() }, session.systemOrigin));
  });
  createEffect(() => {
    if (!signedIn() || role() !== null) return;
    if (safeCreatedHere(props.workspaceId)) void session.access.registerWorkspace(props.workspaceId);
  });
  createEffect(() => {
    if (!signedIn() || !permissions().canEdit || role() === null) return;
    for (const projectId of Object.keys(records.projects)) session.access.registerProject(props.workspaceId, projectId);
  });
  const value: WorkspaceScopeValue = { workspaceId: props.workspaceId, room, records, role, permissions };
  return <WorkspaceContext.Provider value={value}>{props.children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceScopeValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceScope>');
  return value;
}

/** For pieces shown both inside and outside a workspace, such as the header. */
export function useOptionalWorkspace(): WorkspaceScopeValue | undefined {
  return useContext(WorkspaceContext);
}

function safeCreatedHere(workspaceId: WorkspaceId): boolean {
  try {
    return loadCreatedWorkspaces(localStorage).has(workspaceId);
  } catch {
    return false;
  }
}
