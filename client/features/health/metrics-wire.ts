// Reads GET /api/metrics snapshots into typed points. The figures come from the network and from
// relays of other versions, so every group is checked: a group with a missing or wrong field is left
// out (null), a row without a time or day is skipped, and nothing here throws into the page.
// Field names follow shared/domain/metrics (project-figures.ts, schedule-figures.ts, finance-figures.ts).
import { isIsoDay, type IsoDay } from '../../../shared/iso-day';
import { isFen, type Fen } from '../../../shared/money';

export interface TaskPoint {
  readonly total: number;
  readonly done: number;
  readonly open: number;
  readonly overdue: number;
  readonly percentComplete: number | null;
}

export interface SchedulePoint {
  readonly plannedPercent: number | null;
  readonly actualPercent: number | null;
  readonly lateCriticalTasks: number;
  readonly forecastFinish: IsoDay | null;
  readonly baselineFinish: IsoDay | null;
}

export interface FinancePoint {
  readonly budget: Fen;
  readonly actual: Fen;
  readonly cashIn: Fen;
  readonly cashOut: Fen;
  readonly cashBalance: Fen;
  /**
   * Earned value's state in the snapshot (shared/domain/metrics/earned-value-figures.ts); null when the
   * snapshot has none (older relays). PV, EV and AC are set only when it is 'ready'.
   */
  readonly earnedValue: EarnedValueState | null;
  readonly pv: Fen | null;
  readonly ev: Fen | null;
  readonly ac: Fen | null;
}

export type EarnedValueState = 'ready' | 'no-baseline' | 'no-budget';

export interface SnapshotPoint {
  readonly at: number;
  /** The China day the figures were computed for (the relay's "today"). */
  readonly day: IsoDay;
  readonly tasks: TaskPoint | null;
  readonly schedule: SchedulePoint | null;
  readonly finance: FinancePoint | null;
}

type Fields = Readonly<Record<string, unknown>>;

export function parseSnapshots(raw: unknown): SnapshotPoint[] {
  if (!Array.isArray(raw)) return [];
  const out: SnapshotPoint[] = [];
  for (const row of raw) {
    if (!isFields(row) || !isCount(row.at) || !isFields(row.figures)) continue;
    const figures = row.figures;
    if (!isIsoDay(figures.today)) continue;
    out.push({ at: row.at, day: figures.today, tasks: readTasks(figures.tasks), schedule: readSchedule(figures.schedule), finance: readFinance(figures.finance) });
  }
  return out.sort((a, b) => a.at - b.at);
}

function readTasks(raw: unknown): TaskPoint | null {
  if (!isFields(raw)) return null;
  const { total, done, open, overdue, percentComplete } = raw;
  if (!isCount(total) || !isCount(done) || !isCount(open) || !isCount(overdue) || !isPercentOrNull(percentComplete)) return null;
  return { total, done, open, overdue, percentComplete };
}

function readSchedule(raw: unknown): SchedulePoint | null {
  if (!isFields(raw)) return null;
  const { plannedPercent, actualPercent, lateCriticalTasks, forecastFinish, baselineFinish } = raw;
  if (!isPercentOrNull(plannedPercent) || !isPercentOrNull(actualPercent) || !isCount(lateCriticalTasks)) return null;
  return { plannedPercent, actualPercent, lateCriticalTasks, forecastFinish: isIsoDay(forecastFinish) ? forecastFinish : null, baselineFinish: isIsoDay(baselineFinish) ? baselineFinish : null };
}

function readFinance(raw: unknown): FinancePoint | null {
  if (!isFields(raw)) return null;
  const { budget, actual, cashIn, cashOut, cashBalance } = raw;
  if (!isFen(budget) || !isFen(actual) || !isFen(cashIn) || !isFen(cashOut) || !isFen(cashBalance)) return null;
  return { budget, actual, cashIn, cashOut, cashBalance, ...readEarnedValue(raw.earnedValue) };
}

function readEarnedValue(raw: unknown): Pick<FinancePoint, 'earnedValue' | 'pv' | 'ev' | 'ac'> {
  const none = { pv: null, ev: null, ac: null };
  if (!isFields(raw)) return { earnedValue: null, ...none };
  if (raw.state === 'no-baseline' || raw.state === 'no-budget') return { earnedValue: raw.state, ...none };
  if (raw.state !== 'ready' || !isFen(raw.pv) || !isFen(raw.ev) || !isFen(raw.ac)) return { earnedValue: null, ...none };
  return { earnedValue: 'ready', pv: raw.pv, ev: raw.ev, ac: raw.ac };
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPercentOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100);
}
