// What a drag on the timeline means, as plain data from where it started and where the pointer is:
// the bar's body moves the task (start snapped to a working day, duration kept), its finish handle
// resizes it (duration in working days, at least one), and its link handles draw a link to another
// bar's end — the link type named by which two ends are joined (finish→start is FS, and so on).
import { countWorkingDays, type WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { LinkType } from '../../../shared/domain/schedule/schedule-types';
import type { IsoDay } from '../../../shared/iso-day';
import { snapFinishAtX, snapStartAtX, xOfIsoDay, type TimelineScale } from './timeline-scale';

export type BarEnd = 'start' | 'finish';

export type DragGrip =
  | { readonly kind: 'move' }
  | { readonly kind: 'resize' }
  | { readonly kind: 'link'; readonly end: BarEnd };

export interface DragStart {
  readonly taskId: string;
  readonly grip: DragGrip;
  readonly start: IsoDay;
  readonly duration: number;
  /** Pointer x (chart coordinates) when the drag began. */
  readonly pointerX: number;
}

/** The bar end under the pointer, when it is over one. */
export interface DropTarget {
  readonly taskId: string;
  readonly end: BarEnd;
}

export type DragOutcome =
  | { readonly kind: 'move'; readonly taskId: string; readonly start: IsoDay }
  | { readonly kind: 'resize'; readonly taskId: string; readonly duration: number }
  | { readonly kind: 'link'; readonly from: string; readonly to: string; readonly type: LinkType }
  | { readonly kind: 'none' };

/** Pointer travel below this is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 4;

export function linkTypeFor(fromEnd: BarEnd, toEnd: BarEnd): LinkType {
  if (fromEnd === 'finish') return toEnd === 'start' ? 'FS' : 'FF';
  return toEnd === 'start' ? 'SS' : 'SF';
}

export function interpretDrag(scale: TimelineScale, calendar: WorkingCalendar, drag: DragStart, pointerX: number, target: DropTarget | null): DragOutcome {
  const dx = pointerX - drag.pointerX;
  switch (drag.grip.kind) {
    case 'move': {
      if (Math.abs(dx) < DRAG_THRESHOLD_PX) return { kind: 'none' };
      const start = snapStartAtX(scale, calendar, xOfIsoDay(scale, drag.start) + dx);
      return start === drag.start ? { kind: 'none' } : { kind: 'move', taskId: drag.taskId, start };
    }
    case 'resize': {
      if (drag.duration === 0 || Math.abs(dx) < DRAG_THRESHOLD_PX) return { kind: 'none' };
      const finish = snapFinishAtX(scale, calendar, pointerX);
      const duration = Math.max(1, countWorkingDays(calendar, drag.start, finish));
      return duration === drag.duration ? { kind: 'none' } : { kind: 'resize', taskId: drag.taskId, duration };
    }
    case 'link': {
      if (target === null || target.taskId === drag.taskId) return { kind: 'none' };
      return { kind: 'link', from: drag.taskId, to: target.taskId, type: linkTypeFor(drag.grip.end, target.end) };
    }
  }
}
