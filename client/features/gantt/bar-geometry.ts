// Where each bar is drawn: a task's bar spans its start day to the end of its finish day, a summary
// is a thinner bracket over its leaves, a milestone is a diamond centred on the start of its day, and
// a baseline bar sits under the live bar. Progress fills the bar's first `percent` of its width.
import type { ScheduledTask } from '../../../shared/domain/schedule/schedule-types';
import type { IsoDay } from '../../../shared/iso-day';
import { xOfIsoDay, type TimelineScale } from './timeline-scale';

export const ROW_HEIGHT_PX = 32;
const BAR_HEIGHT_PX = 16;
const SUMMARY_HEIGHT_PX = 8;
const BASELINE_HEIGHT_PX = 4;
const MILESTONE_SIZE_PX = 14;
/** A bar is never narrower than this, so a one-day task is still something to grab at quarter zoom. */
const MIN_BAR_WIDTH_PX = 3;

export type BarKind = 'task' | 'summary' | 'milestone';

export interface BarBox {
  readonly kind: BarKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly progressWidth: number;
}

export function barKind(task: Pick<ScheduledTask, 'isSummary' | 'isMilestone'>): BarKind {
  return task.isSummary ? 'summary' : task.isMilestone ? 'milestone' : 'task';
}

export function barBox(scale: TimelineScale, task: ScheduledTask, row: number): BarBox {
  const kind = barKind(task);
  const top = row * ROW_HEIGHT_PX;
  if (kind === 'milestone') {
    const x = xOfIsoDay(scale, task.start) - MILESTONE_SIZE_PX / 2;
    return { kind, x, y: top + (ROW_HEIGHT_PX - MILESTONE_SIZE_PX) / 2 - 2, width: MILESTONE_SIZE_PX, height: MILESTONE_SIZE_PX, progressWidth: 0 };
  }
  const { x, width } = span(scale, task.start, task.finish);
  const height = kind === 'summary' ? SUMMARY_HEIGHT_PX : BAR_HEIGHT_PX;
  const percent = Math.min(100, Math.max(0, task.percentComplete));
  return { kind, x, y: top + (ROW_HEIGHT_PX - height) / 2 - 2, width, height, progressWidth: (width * percent) / 100 };
}

/** The baseline's bar for a row: a thin line under where the live bar sits. */
export function baselineBox(scale: TimelineScale, planned: { readonly start: IsoDay; readonly finish: IsoDay; readonly duration: number }, row: number): BarBox {
  const y = row * ROW_HEIGHT_PX + ROW_HEIGHT_PX - BASELINE_HEIGHT_PX - 3;
  if (planned.duration === 0) {
    const x = xOfIsoDay(scale, planned.start) - BASELINE_HEIGHT_PX;
    return { kind: 'milestone', x, y, width: BASELINE_HEIGHT_PX * 2, height: BASELINE_HEIGHT_PX, progressWidth: 0 };
  }
  const { x, width } = span(scale, planned.start, planned.finish);
  return { kind: 'task', x, y, width, height: BASELINE_HEIGHT_PX, progressWidth: 0 };
}

function span(scale: TimelineScale, start: IsoDay, finish: IsoDay): { x: number; width: number } {
  const x = xOfIsoDay(scale, start);
  const right = xOfIsoDay(scale, finish) + scale.pxPerDay;
  return { x, width: Math.max(MIN_BAR_WIDTH_PX, right - x) };
}

/** Where a link attaches: the bar's left (start) or right (finish) edge at its middle. */
export function barEnd(box: BarBox, end: 'start' | 'finish'): { readonly x: number; readonly y: number } {
  return { x: end === 'start' ? box.x : box.x + box.width, y: box.y + box.height / 2 };
}
