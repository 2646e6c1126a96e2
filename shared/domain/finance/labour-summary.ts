// Day-labour summaries by worker, team, day, month or task (点工汇总). Every group and the total are
// sums of the records' rounded amounts, so the groups always add up to the total, to the fen.
import type { IsoDay } from '../../iso-day';
import { addFen, subFen, ZERO_FEN, type Fen } from '../../money';
import type { WorkerId } from './finance-ids';
import { labourAmount, type LabourRecord } from './labour-record';

export const LABOUR_GROUPINGS = ['worker', 'team', 'day', 'month', 'task'] as const;
export type LabourGrouping = (typeof LABOUR_GROUPINGS)[number];

export interface LabourTotals {
  readonly records: number;
  /** Time in man-days and in hours as recorded (never converted, so both stay exact). */
  readonly manDays: number;
  readonly hours: number;
  readonly overtimeHours: number;
  readonly amount: Fen;
  readonly signedAmount: Fen;
  readonly pendingAmount: Fen;
}

export interface LabourGroup extends LabourTotals {
  /** WorkerId, team name ('' = no team), 'YYYY-MM-DD', 'YYYY-MM', or task id ('' = no task). */
  readonly key: string;
}

export interface LabourSummary {
  readonly groups: readonly LabourGroup[];
  readonly total: LabourTotals;
}

export interface DayRange {
  /** Inclusive; null = open. */
  readonly from: IsoDay | null;
  readonly to: IsoDay | null;
}

export const ALL_DAYS: DayRange = { from: null, to: null };

export function isInRange(day: IsoDay, range: DayRange): boolean {
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}

/** `teamOf` comes from the workspace's worker roster; a worker not in it groups under ''. */
export function summarizeLabour(
  records: readonly LabourRecord[],
  grouping: LabourGrouping,
  range: DayRange = ALL_DAYS,
  teamOf: (worker: WorkerId) => string = () => '',
): LabourSummary {
  const groups = new Map<string, Accumulator>();
  const total = new Accumulator();
  for (const record of records) {
    if (!isInRange(record.day, range)) continue;
    const key = groupKey(record, grouping, teamOf);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Accumulator()));
    const amount = labourAmount(record);
    group.add(record, amount);
    total.add(record, amount);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { groups: sorted.map(([key, group]) => ({ key, ...group.totals() })), total: total.totals() };
}

function groupKey(record: LabourRecord, grouping: LabourGrouping, teamOf: (worker: WorkerId) => string): string {
  switch (grouping) {
    case 'worker':
      return record.workerId;
    case 'team':
      return teamOf(record.workerId);
    case 'day':
      return record.day;
    case 'month':
      return record.day.slice(0, 7);
    case 'task':
      return record.taskId ?? '';
  }
}

/** Counts time in whole halves (every allowed quantity is a 0.5 step), so sums never round. */
class Accumulator {
  private records = 0;
  private halfDays = 0;
  private halfHours = 0;
  private overtimeHalfHours = 0;
  private amount = ZERO_FEN;
  private signed = ZERO_FEN;

  add(record: LabourRecord, amount: Fen): void {
    this.records += 1;
    if (record.timeUnit === 'man-days') this.halfDays += record.manDays * 2;
    else this.halfHours += record.hours * 2;
    this.overtimeHalfHours += record.overtimeHours * 2;
    this.amount = addFen(this.amount, amount);
    if (record.signOff === 'signed') this.signed = addFen(this.signed, amount);
  }

  totals(): LabourTotals {
    return {
      records: this.records,
      manDays: this.halfDays / 2,
      hours: this.halfHours / 2,
      overtimeHours: this.overtimeHalfHours / 2,
      amount: this.amount,
      signedAmount: this.signed,
      pendingAmount: subFen(this.amount, this.signed),
    };
  }
}
