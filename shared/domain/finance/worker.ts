// A worker of the workspace's day-labour roster (花名册): shared by all projects, so a mason who moves
// between sites keeps one name, team and default day rate.
import type { Fen } from '../../money';
import type { WorkerId } from './finance-ids';
import type { LabourRecord } from './labour-record';

export interface Worker {
  readonly id: WorkerId;
  readonly name: string;
  /** 班组, e.g. 泥工班; '' = none. */
  readonly team: string;
  /** 工种, e.g. 瓦工; '' = none. */
  readonly trade: string;
  /** Proposed for new labour records; each record keeps its own rate. */
  readonly defaultDayRate: Fen;
  readonly phone: string;
  /** Inactive workers stay on old records and in summaries, but leave the entry form. */
  readonly active: boolean;
}

/**
 * Active workers for the entry form, the ones recorded most recently first (a foreman records the same
 * crew day after day), then the rest by name.
 */
export function recentWorkersFirst(workers: readonly Worker[], records: readonly LabourRecord[]): Worker[] {
  const lastDay = new Map<string, string>();
  for (const record of records) {
    const known = lastDay.get(record.workerId);
    if (known === undefined || record.day > known) lastDay.set(record.workerId, record.day);
  }
  return workers
    .filter((worker) => worker.active)
    .sort((a, b) => {
      const dayA = lastDay.get(a.id) ?? '';
      const dayB = lastDay.get(b.id) ?? '';
      if (dayA !== dayB) return dayA > dayB ? -1 : 1;
      return a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : 1);
    });
}
