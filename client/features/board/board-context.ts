// What the board's pieces share: the project document, its records, the derived layout, presence,
// whether this person may change anything, and the actions that move and open cards. Provided by BoardPage.
import { createContext, useContext, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { ColumnId, TaskId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { Column, MemberInfo, Task } from '../../../shared/schema';
import type { Presence } from '../../presence/create-presence';
import type { ProjectRecords } from '../../sync/doc-store';
import type { Room } from '../../sync/open-room';
import type { HistoryLoader } from '../history/history-loader';
import type { CardHeights } from './card-heights';
import type { MoveDirection, VisibleDestination } from './card-moves';
import type { CardDrag } from './create-card-drag';

export interface BoardContextValue {
  readonly doc: Y.Doc;
  readonly room: Room;
  /** One per board, so reopening a card's history only fetches what is new. */
  readonly historyLoader: HistoryLoader;
  readonly records: ProjectRecords;
  readonly columns: Accessor<readonly Column[]>;
  /** Every card per column, in order. */
  readonly allCards: Accessor<ReadonlyMap<ColumnId, readonly Task[]>>;
  /** The cards the filters let through, per column, in order. */
  readonly visibleCards: Accessor<ReadonlyMap<ColumnId, readonly Task[]>>;
  readonly members: Accessor<ReadonlyMap<string, MemberInfo>>;
  readonly today: Accessor<IsoDay>;
  readonly presence: Presence;
  readonly drag: CardDrag;
  /** Measured card heights for the windowed columns. */
  readonly cardHeights: CardHeights;
  /** Cards every column builds even out of view: the focused, the dragged and the edited one. */
  readonly keepRendered: Accessor<ReadonlySet<string>>;
  /** False for a viewer: no editing controls are shown and no command is ever called. */
  readonly canEdit: Accessor<boolean>;
  openCard(taskId: TaskId): void;
  moveCard(taskId: TaskId, to: VisibleDestination): void;
  moveCardBy(taskId: TaskId, direction: MoveDirection): void;
}

export const BoardContext = createContext<BoardContextValue>();

export function useBoard(): BoardContextValue {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard must be used inside the board page');
  return board;
}
