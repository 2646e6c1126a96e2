// A light read of where every card sits (column and rank only), for commands that place cards:
// reading whole tasks would cost a full read of a 10,000-card project on every drag.
import type * as Y from 'yjs';
import type { PlacedCard } from '../domain/board';
import { isId, type TaskId } from '../ids';
import { isRecordMap, readRank } from './fields';
import { projectRoots } from './project-roots';

export interface TaskPlacement extends PlacedCard {
  readonly id: TaskId;
}

export function readPlacements(doc: Y.Doc): TaskPlacement[] {
  const placements: TaskPlacement[] = [];
  projectRoots(doc).tasks.forEach((value, id) => {
    if (!isId<'task'>(id) || !isRecordMap(value)) return;
    const columnId = value.get('columnId');
    placements.push({ id, columnId: isId<'column'>(columnId) ? columnId : null, rank: readRank(value) });
  });
  return placements;
}
