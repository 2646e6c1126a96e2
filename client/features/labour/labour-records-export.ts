// Every labour record of the project as an export table (.xlsx / .csv): one row per record with what
// was done (man-days or hours at a day rate, or quantity and unit at a piece rate), overtime, the exact
// amount and the sign-off. Money as yuan numbers, texts neutralised against formula injection.
import { dayCell, numberCell, textCell, type ExportCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import { labourAmount, type LabourRecord, type Worker } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';

export interface LabourRecordHeaders {
  readonly day: string;
  readonly worker: string;
  readonly team: string;
  readonly pay: string;
  readonly manDays: string;
  readonly hours: string;
  readonly dayRate: string;
  readonly quantity: string;
  readonly unit: string;
  readonly pieceRate: string;
  readonly overtimeHours: string;
  readonly overtimeRate: string;
  readonly amount: string;
  readonly content: string;
  readonly signOff: string;
  /** The words for a record's pay basis and sign-off state, and for a worker no longer on the roster. */
  readonly dayRatePay: string;
  readonly pieceRatePay: string;
  readonly signed: string;
  readonly pending: string;
  readonly unknownWorker: string;
}

export function labourRecordsTable(records: readonly LabourRecord[], workers: readonly Worker[], headers: LabourRecordHeaders): ExportTable {
  const byId = new Map(workers.map((worker) => [worker.id, worker]));
  const money = (amount: Fen): ExportCell => numberCell(amount / 100);
  const rows = records.map((record): ExportCell[] => {
    const worker = byId.get(record.workerId);
    const piece = record.pay === 'piece-rate';
    return [
      dayCell(record.day), textCell(worker?.name ?? headers.unknownWorker), textCell(worker?.team ?? ''),
      textCell(piece ? headers.pieceRatePay : headers.dayRatePay),
      piece ? textCell('') : numberCell(record.timeUnit === 'man-days' ? record.manDays : 0),
      piece ? textCell('') : numberCell(record.timeUnit === 'hours' ? record.hours : 0),
      piece ? textCell('') : money(record.dayRate),
      piece ? numberCell(record.quantity) : textCell(''), textCell(piece ? record.pieceUnit ?? '' : ''), piece ? money(record.pieceRate) : textCell(''),
      numberCell(record.overtimeHours), money(record.overtimeRate), money(labourAmount(record)), textCell(record.content),
      textCell(record.signOff === 'signed' ? headers.signed : headers.pending),
    ];
  });
  return {
    header: [
      headers.day, headers.worker, headers.team, headers.pay, headers.manDays, headers.hours, headers.dayRate, headers.quantity, headers.unit,
      headers.pieceRate, headers.overtimeHours, headers.overtimeRate, `${headers.amount} (¥)`, headers.content, headers.signOff,
    ],
    widths: [11, 14, 12, 10, 8, 8, 10, 10, 8, 10, 8, 10, 12, 24, 10],
    rows,
  };
}
