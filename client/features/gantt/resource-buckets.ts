// The resource-load panel's grid as plain data: computeResourceLoad's per-working-day counts grouped
// into the panel's columns (each working day, or each week from Monday), every cell with the most
// tasks the person has on one day of it and whether that is over the threshold.
import { toDayNumber, weekdayOf, addDays } from '../../../shared/domain/calendar/day-number';
import type { ResourceLoad } from '../../../shared/domain/schedule/resource-load';
import type { IsoDay } from '../../../shared/iso-day';

export type LoadBucket = 'day' | 'week';

export interface LoadColumn {
  /** The working day, or the Monday of the week. */
  readonly first: IsoDay;
  /** Index range into ResourceLoad.days, inclusive. */
  readonly from: number;
  readonly to: number;
}

export interface LoadCell {
  readonly peak: number;
  readonly over: boolean;
}

export interface LoadRow {
  readonly assignee: string;
  readonly cells: readonly LoadCell[];
  readonly peak: number;
  /** Working days over the threshold in the whole range. */
  readonly overDays: number;
}

export interface LoadGrid {
  readonly columns: readonly LoadColumn[];
  readonly rows: readonly LoadRow[];
}

export function loadGrid(load: ResourceLoad, bucket: LoadBucket): LoadGrid {
  const columns: LoadColumn[] = [];
  load.days.forEach((day, index) => {
    const first = bucket === 'day' ? day : mondayOf(day);
    const last = columns.at(-1);
    if (last !== undefined && last.first === first) columns[columns.length - 1] = { ...last, to: index };
    else columns.push({ first, from: index, to: index });
  });
  const rows = load.assignees.map((person): LoadRow => ({
    assignee: person.assignee,
    peak: person.peak,
    overDays: person.overAllocated.length,
    cells: columns.map((column) => {
      let peak = 0;
      for (let at = column.from; at <= column.to; at++) peak = Math.max(peak, person.counts[at] ?? 0);
      return { peak, over: peak > load.threshold };
    }),
  }));
  return { columns, rows };
}

function mondayOf(day: IsoDay): IsoDay {
  const weekday = weekdayOf(toDayNumber(day));
  return addDays(day, -((weekday + 6) % 7));
}
