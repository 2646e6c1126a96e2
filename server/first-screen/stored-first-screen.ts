// A project's first screen computed from what the store holds (the relay appends every update before
// it broadcasts it), for the snapshot worker's thread: the workspace room and the project room are
// rebuilt into fresh docs, read through shared/schema, and destroyed.
import { projectFirstScreen } from '../../shared/domain/schedule/project-first-screen';
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { withRoomDoc } from '../store/stored-room-doc';
import { firstScreenContext } from './first-screen-context';

export async function storedFirstScreen(store: Pick<DocStore, 'load'>, room: RoomName, workspaceRoom: RoomName | null, now: number): Promise<string | null> {
  const projectId = room.slice(2);
  const context = workspaceRoom === null
    ? firstScreenContext(null, projectId, now)
    : await withRoomDoc(store, workspaceRoom, (doc) => firstScreenContext(doc, projectId, now));
  return withRoomDoc(store, room, (doc) => projectFirstScreen(doc, context));
}
