// Wires a history loader to a project room: pages come from the relay's history API with this
// session's token, and comments are traced to their cards through the project's records.
import type { Session } from '../../app/session';
import type { ProjectRecords } from '../../sync/doc-store';
import type { Room } from '../../sync/open-room';
import { makeHistoryLoader, type HistoryLoader } from './history-loader';

export function makeProjectHistoryLoader(session: Session, room: Room, records: ProjectRecords): HistoryLoader {
  return makeHistoryLoader({
    doc: room.doc,
    fetchPage: (after) => session.access.api.history(room.name, after),
    commentCard: (commentId) => records.comments[commentId]?.taskId ?? null,
  });
}
