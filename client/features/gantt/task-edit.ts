// A change to one task from the table, the sheet or a drag, before it becomes schema commands.
import type { IsoDay } from '../../../shared/iso-day';

export interface TaskEdit {
  readonly title?: string;
  readonly start?: IsoDay;
  readonly duration?: number;
  /** Sets the duration so the task ends on this day. */
  readonly finish?: IsoDay;
  readonly percentComplete?: number;
  readonly scheduleMode?: 'auto' | 'manual';
}
