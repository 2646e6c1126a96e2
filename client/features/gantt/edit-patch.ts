// What one edit from the table, the sheet or a drag writes: the schedule fields for
// updateTaskSchedule. Moving an auto task (a drag or a typed start) pins it with a start-no-earlier-
// than constraint, as desktop planners do: the engine still pushes it later when a predecessor needs
// it, but never earlier. A finish becomes the duration that ends on it; a task turned manual stays
// where it is scheduled now.
import { countWorkingDays, type WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { Constraint } from '../../../shared/domain/schedule/schedule-types';
import type { IsoDay } from '../../../shared/iso-day';
import type { TaskEdit } from './task-edit';

export interface SchedulePatch {
  readonly start?: IsoDay | null;
  readonly duration?: number;
  readonly percentComplete?: number;
  readonly scheduleMode?: 'auto' | 'manual';
  readonly constraint?: Constraint | null;
}

export function schedulePatchFor(
  task: { readonly scheduleMode: 'auto' | 'manual' },
  scheduled: { readonly start: IsoDay } | undefined,
  edit: TaskEdit,
  calendar: WorkingCalendar,
): SchedulePatch {
  const mode = edit.scheduleMode ?? task.scheduleMode;
  const turnedManual = edit.scheduleMode === 'manual' && task.scheduleMode !== 'manual';
  const start = edit.start ?? (turnedManual ? scheduled?.start : undefined);
  const from = edit.start ?? scheduled?.start;
  const duration = edit.finish !== undefined && from !== undefined ? Math.max(1, countWorkingDays(calendar, from, edit.finish)) : edit.duration;
  return {
    ...(start === undefined ? {} : { start }),
    ...(start !== undefined && mode === 'auto' ? { constraint: { kind: 'start-no-earlier-than', day: start } } : {}),
    ...(duration === undefined ? {} : { duration }),
    ...(edit.percentComplete === undefined ? {} : { percentComplete: edit.percentComplete }),
    ...(edit.scheduleMode === undefined ? {} : { scheduleMode: edit.scheduleMode }),
  };
}
