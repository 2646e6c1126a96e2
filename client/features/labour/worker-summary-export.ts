// The per-worker summary as an export table (.xlsx / .csv): one row per worker and a total row, money
// as numbers of yuan (two decimals) so a spreadsheet can add them up; names are neutralised against
// formula injection by textCell.
import { numberCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { Worker, WorkerBalances } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';

export interface WorkerSummaryHeaders {
  readonly worker: string;
  readonly team: string;
  readonly trade: string;
  readonly signed: string;
  readonly pending: string;
  readonly paid: string;
  readonly owed: string;
  readonly total: string;
  readonly unknownWorker: string;
}

export function workerSummaryTable(balances: WorkerBalances, workers: readonly Worker[], headers: WorkerSummaryHeaders): ExportTable {
  const byId = new Map(workers.map((worker) => [worker.id, worker]));
  const money = (amount: Fen) => numberCell(amount / 100);
  const rows = balances.workers.map((row) => {
    const worker = byId.get(row.workerId);
    return [
      textCell(worker?.name ?? headers.unknownWorker), textCell(worker?.team ?? ''), textCell(worker?.trade ?? ''),
      money(row.signedAmount), money(row.pendingAmount), money(row.paid), money(row.owed),
    ];
  });
  const { total } = balances;
  rows.push([textCell(headers.total), textCell(''), textCell(''), money(total.signedAmount), money(total.pendingAmount), money(total.paid), money(total.owed)]);
  return {
    header: [headers.worker, headers.team, headers.trade, `${headers.signed} (¥)`, `${headers.pending} (¥)`, `${headers.paid} (¥)`, `${headers.owed} (¥)`],
    widths: [16, 12, 10, 14, 14, 14, 14],
    rows,
  };
}
