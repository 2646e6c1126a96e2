// What the Gantt's pieces share: records, the live schedule, the rows in order, the scale, whether
// this person may edit, and the actions (each one a schema command; viewers never reach them).
import { createContext, useContext, type Accessor } from 'solid-js';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { LinkType } from '../../../shared/domain/schedule/schedule-types';
import type { LinkId, TaskId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { MemberInfo, Task } from '../../../shared/schema';
import type { ProjectRecords } from '../../sync/doc-store';
import type { GanttSchedule } from './create-gantt-schedule';
import type { TaskEdit } from './task-edit';
import type { OutlineRow } from '../../../shared/domain/schedule/outline-rows';
import type { TimelineScale } from './timeline-scale';

export interface GanttContextValue {
  readonly records: ProjectRecords;
  readonly schedule: GanttSchedule;
  readonly calendar: Accessor<WorkingCalendar>;
  readonly rows: Accessor<readonly OutlineRow[]>;
  /** Row number of each shown task. */
  readonly rowIndex: Accessor<ReadonlyMap<string, number>>;
  readonly rowById: Accessor<ReadonlyMap<string, OutlineRow>>;
  readonly codes: Accessor<ReadonlyMap<string, string>>;
  readonly scale: Accessor<TimelineScale>;
  readonly members: Accessor<ReadonlyMap<string, MemberInfo>>;
  readonly today: Accessor<IsoDay>;
  readonly narrow: Accessor<boolean>;
  readonly canEdit: Accessor<boolean>;
  readonly collapsed: Accessor<ReadonlySet<string>>;
  toggleCollapsed(id: string): void;
  task(id: string): Task | undefined;
  editTask(id: TaskId, edit: TaskEdit): void;
  moveTask(id: TaskId, start: IsoDay): void;
  link(from: TaskId, to: TaskId, type: LinkType): void;
  unlink(id: LinkId): void;
  /** Changes a link's type or lag; a refusal is shown to the person (and returned). */
  updateLink(id: LinkId, patch: { readonly type?: LinkType; readonly lag?: number }): boolean;
  addBelow(after: TaskId | null): void;
  indent(id: TaskId): void;
  outdent(id: TaskId): void;
  openSheet(id: TaskId): void;
}

export const GanttContext = createContext<GanttContextValue>();

export function useGantt(): GanttContextValue {
  const value = useContext(GanttContext);
  if (!value) throw new Error('useGantt must be used inside <GanttContext.Provider>');
  return value;
}
