// A project's line in the quarter's system health review (系统健康度评估): its figures at its last
// snapshot of the quarter, from the work room and (for finance roles) the finance room. The team's
// figures are shared/domain/metrics/team-quarter.ts.
import type { IsoDay } from '../../../shared/iso-day';
import type { FinancePoint, SchedulePoint, SnapshotPoint, TaskPoint } from './metrics-wire';

export interface ProjectSummary {
  /** The day of the last snapshot in the quarter; null when the quarter has none. */
  readonly asOf: IsoDay | null;
  readonly tasks: TaskPoint | null;
  readonly schedule: SchedulePoint | null;
  readonly finance: FinancePoint | null;
}

/** A project's figures at its last snapshot in the range: the work room's and, when given, the finance room's. */
export function summarizeProject(work: readonly SnapshotPoint[], money: readonly SnapshotPoint[] = []): ProjectSummary {
  const lastWork = latest(work);
  const lastMoney = latest(money);
  const days = [lastWork?.day, lastMoney?.day].filter((day): day is IsoDay => day !== undefined).sort();
  return { asOf: days.at(-1) ?? null, tasks: lastWork?.tasks ?? null, schedule: lastWork?.schedule ?? null, finance: lastMoney?.finance ?? null };
}

function latest(points: readonly SnapshotPoint[]): SnapshotPoint | undefined {
  return [...points].sort((a, b) => a.at - b.at).at(-1);
}
