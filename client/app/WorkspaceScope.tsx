// Holds a workspace open for the screens inside it: its room, its records as a store, and this
// person listed among its members. Opening a workspace link is how a teammate joins.
import { createContext, createEffect, useContext, type ParentProps } from 'solid-js';
import type { WorkspaceId } from '../../shared/ids';
import { upsertMember, workspaceRoom } from '../../shared/schema';
import { saveDefaultWorkspace } from '../identity/local-identity';
import { createWorkspaceStore, type WorkspaceRecords } from '../sync/doc-store';
import type { Room } from '../sync/open-room';
import { useRoom, useSession } from './session';

export interface WorkspaceScopeValue {
  readonly workspaceId: WorkspaceId;
  readonly room: Room;
  readonly records: WorkspaceRecords;
}

const WorkspaceContext = createContext<WorkspaceScopeValue>();

export function WorkspaceScope(props: ParentProps<{ workspaceId: WorkspaceId }>) {
  const session = useSession();
  const room = useRoom(workspaceRoom(props.workspaceId));
  const records = createWorkspaceStore(room.doc);
  try {
    saveDefaultWorkspace(localStorage, props.workspaceId);
  } catch {
    // Without storage the link still works; it just isn't the default next time.
  }
  createEffect(() => {
    const { id, name, color } = session.identity();
    if (room.isLoaded()) session.report(upsertMember(room.doc, { id, name, color, now: Date.now() }, session.systemOrigin));
  });
  const value: WorkspaceScopeValue = { workspaceId: props.workspaceId, room, records };
  return <WorkspaceContext.Provider value={value}>{props.children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceScopeValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceScope>');
  return value;
}
