// The worker roster (the workspace's workers, shared by its projects) as a table to export, as the
// labour page lists it: name, team, trade, default day rate in yuan, phone, and whether the worker is
// still offered in the entry form.
import { textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { Worker } from '../../../shared/domain/finance';
import { yuanCell } from '../costs/cost-tables';

export interface RosterTableText {
  readonly headers: readonly [name: string, team: string, trade: string, dayRate: string, phone: string, state: string];
  readonly active: string;
  readonly inactive: string;
}

export function workerRosterTable(workers: readonly Worker[], text: RosterTableText): ExportTable {
  return {
    header: text.headers,
    widths: [16, 14, 12, 14, 16, 10],
    rows: workers.map((worker) => [
      textCell(worker.name), textCell(worker.team), textCell(worker.trade), yuanCell(worker.defaultDayRate), textCell(worker.phone),
      textCell(worker.active ? text.active : text.inactive),
    ]),
  };
}
