// Earned value (挣值) from a cost baseline: each task's budget spread evenly over the working days of
// its baseline dates (PV), earned by percent complete (EV), against actual cost (AC). Each task's PV
// and EV is one line rounded once; project figures are sums of those lines.
import { countWorkingDays, type WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDay } from '../../iso-day';
import { addFen, multiplyFen, subFen, toThousandths, ZERO_FEN, type Fen } from '../../money';
import type { CostEntry } from './cost-entry';

export interface BaselineCostTask {
  readonly taskId: string;
  /** Baseline start and finish, both worked days of the task (inclusive). */
  readonly start: IsoDay;
  readonly finish: IsoDay;
  /** Budget at completion of this task. */
  readonly budget: Fen;
}

/** Percent complete (0–100, up to three decimals) of a task as reported on a day. */
export interface ProgressReport {
  readonly taskId: string;
  readonly day: IsoDay;
  readonly percentComplete: number;
}

export interface EarnedValueInput {
  readonly baseline: readonly BaselineCostTask[];
  readonly progress: readonly ProgressReport[];
  /** Every actual cost, typed-in and labour (see actualCosts). */
  readonly costs: readonly CostEntry[];
  readonly calendar: WorkingCalendar;
}

export interface EarnedValue {
  readonly day: IsoDay;
  readonly bac: Fen;
  readonly pv: Fen;
  readonly ev: Fen;
  readonly ac: Fen;
  readonly sv: Fen;
  readonly cv: Fen;
  /** Ratios, not money; null when the divisor is 0. */
  readonly spi: number | null;
  readonly cpi: number | null;
  /** Null until some value is earned (EV > 0): there is no cost performance to project yet. */
  readonly eac: Fen | null;
  readonly etc: Fen | null;
  readonly vac: Fen | null;
}

/** The figures at the end of `day`. */
export function earnedValue(input: EarnedValueInput, day: IsoDay): EarnedValue {
  let bac = ZERO_FEN;
  let pv = ZERO_FEN;
  let ev = ZERO_FEN;
  for (const task of input.baseline) {
    bac = addFen(bac, task.budget);
    pv = addFen(pv, plannedValue(task, day, input.calendar));
    ev = addFen(ev, multiplyFen(task.budget, percentThousandths(latestPercent(input.progress, task.taskId, day)), 100_000));
  }
  let ac = ZERO_FEN;
  for (const cost of input.costs) if (cost.day <= day) ac = addFen(ac, cost.amount);
  const eac = ev > 0 ? multiplyFen(bac, ac, ev) : null;
  return {
    day, bac, pv, ev, ac,
    sv: subFen(ev, pv),
    cv: subFen(ev, ac),
    spi: pv !== 0 ? ev / pv : null,
    cpi: ac !== 0 ? ev / ac : null,
    eac,
    etc: eac === null ? null : subFen(eac, ac),
    vac: eac === null ? null : subFen(bac, eac),
  };
}

/** The figures at the end of each given day, for S-curves. */
export function earnedValueSeries(input: EarnedValueInput, days: readonly IsoDay[]): EarnedValue[] {
  return days.map((day) => earnedValue(input, day));
}

/** Budget × working days of the baseline elapsed by the end of `day` / working days of the baseline. */
export function plannedValue(task: BaselineCostTask, day: IsoDay, calendar: WorkingCalendar): Fen {
  if (day < task.start) return ZERO_FEN;
  if (day >= task.finish) return task.budget;
  const total = countWorkingDays(calendar, task.start, task.finish);
  if (total === 0) return ZERO_FEN;
  return multiplyFen(task.budget, countWorkingDays(calendar, task.start, day), total);
}

function latestPercent(progress: readonly ProgressReport[], taskId: string, day: IsoDay): number {
  let latest: ProgressReport | null = null;
  for (const report of progress) {
    if (report.taskId !== taskId || report.day > day) continue;
    if (latest === null || report.day >= latest.day) latest = report;
  }
  return latest?.percentComplete ?? 0;
}

function percentThousandths(percent: number): number {
  const clamped = Math.min(100, Math.max(0, percent));
  return toThousandths(clamped) ?? Math.round(clamped * 1000);
}
