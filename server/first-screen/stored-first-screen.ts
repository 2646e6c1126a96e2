// A project's first screen computed from what the store holds (the relay appends every update before
// it broadcasts it), for the snapshot worker's thread: the workspace room and the project room are
// rebuilt into fresh docs, read through shared/schema, and destroyed. The answer says exactly what it
// was computed from (the stored state of both rooms, and today when it counted from today), so the
// relay can keep it across restarts and serve it only while that still holds (first-screen-db.ts).
import { projectFirstScreen } from '../../shared/domain/schedule/project-first-screen';
import type { IsoDay } from '../../shared/iso-day';
import type { RoomName } from '../../shared/schema/room-name';
import type * as Y from 'yjs';
import type { DocStore, StoredDoc } from '../store/doc-store';
import { buildRoomDoc } from '../store/stored-room-doc';
import { firstScreenContext } from './first-screen-context';

/** What an entry was computed from. Seq numbers: the highest each room held (StoredDoc.lastSeq). */
export interface FirstScreenBasis {
  readonly roomSeq: number;
  readonly workspaceRoom: RoomName | null;
  /** 0 without a workspace room. */
  readonly workspaceSeq: number;
  /** The China day the entry counted the project's start from, when that was today; else null. */
  readonly day: IsoDay | null;
}

export interface StoredFirstScreen {
  /** Null when the project has no tasks. */
  readonly entry: string | null;
  readonly basis: FirstScreenBasis;
}

export async function storedFirstScreen(store: Pick<DocStore, 'load'>, room: RoomName, workspaceRoom: RoomName | null, now: number): Promise<StoredFirstScreen> {
  const projectId = room.slice(2);
  // each room is read once, so its seq is exactly the state the entry was computed from
  const workspace = workspaceRoom === null ? null : await store.load(workspaceRoom);
  const context = workspace === null ? firstScreenContext(null, projectId, now) : readStored(workspace, (doc) => firstScreenContext(doc, projectId, now));
  const project = await store.load(room);
  const entry = readStored(project, (doc) => projectFirstScreen(doc, context));
  return {
    entry,
    basis: { roomSeq: project.lastSeq, workspaceRoom, workspaceSeq: workspace?.lastSeq ?? 0, day: context.fromToday ? context.createdDay : null },
  };
}

function readStored<T>(stored: StoredDoc, read: (doc: Y.Doc) => T): T {
  const doc = buildRoomDoc(stored);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
