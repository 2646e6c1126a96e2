// Labour sheets foremen keep in Excel (点工 day labour and 计件 piece work): a row reader producing
// recordLabour inputs. Worker names must be on the roster (unknown → reported, row skipped; the import
// page offers to add them first); man-days and hours go to 0.5 steps (rounded with a warning); money
// through parseMoney as integer fen. A row is piece work when it has a piece rate or a quantity, else
// day work; an amount column checks the row's pay, or gives the day rate when the sheet has none;
// overtime is hours × rate, a 加班费 total checked against them or completing them; a task column ties
// the record to a task by WBS code or name.
import type { WorkerId } from '../finance/finance-ids';
import { parseMoney } from '../../money-parse';
import { multiplyFen, subFen, ZERO_FEN, type Fen } from '../../money';
import { fenText, rowCells, type FinanceIssue, type FinanceIssueCode } from './finance-issue';
import { LABOUR_FIELDS, type LabourField } from './labour-fields';
import { readHalfSteps, readMoneyCell, readOvertime, readPieceWork, type LabourCells } from './labour-pay-cells';
import { IMPORT_HOURS_PER_DAY, labourRowAmount, type LabourRow } from './labour-row';
import { normaliseName } from './match-members';
import { parseDate, type DayOrder } from './parse-date';
import type { Sheet } from './sheet-types';
import { makeTaskMatcher, type TaskRef } from './task-ref';

export { FINANCE_ISSUE_CODES, rowCells, type FinanceIssue, type FinanceIssueCode } from './finance-issue';
export { guessLabourMapping, LABOUR_FIELDS, LABOUR_REQUIRED, LABOUR_SYNONYMS, type LabourField } from './labour-fields';
export { labourRowAmount, labourRowPay, type LabourRow } from './labour-row';

export interface RosterWorker {
  readonly id: WorkerId;
  readonly name: string;
  readonly defaultDayRate: Fen;
}

export function readLabourRows(sheet: Sheet, headerRow: number, mapping: Partial<Record<LabourField, number>>, roster: readonly RosterWorker[], dayOrder: DayOrder, tasks: readonly TaskRef[] = []): { rows: LabourRow[]; issues: FinanceIssue[] } {
  const byName = new Map(roster.map((worker) => [normaliseName(worker.name), worker] as const));
  const matchTask = makeTaskMatcher(tasks);
  const rows: LabourRow[] = [];
  const issues: FinanceIssue[] = [];
  for (let index = headerRow + 1; index < sheet.length; index++) {
    const sheetRow = index + 1;
    const { cell, text, ref } = rowCells(sheet[index] ?? [], sheetRow, mapping);
    if (LABOUR_FIELDS.every((field) => text(field) === '')) continue;
    const issue = (field: LabourField, severity: FinanceIssue['severity'], code: FinanceIssueCode, assumed: string): void => {
      issues.push({ severity, code, sheetRow, cell: ref(field), value: text(field), assumed });
    };
    const cells: LabourCells = { text, issue };
    const name = text('worker');
    const worker = byName.get(normaliseName(name));
    if (name === '') { issue('worker', 'error', 'missing-worker', 'skipped'); continue; }
    if (!worker) { issue('worker', 'error', 'unknown-worker', 'skipped'); continue; }
    const date = parseDate(cell('day'), dayOrder);
    if (date.value === null) { issue('day', 'error', 'bad-date', 'skipped'); continue; }
    if (date.problem) issue('day', 'warning', date.problem.code === 'ambiguous-date' ? 'ambiguous-date' : 'bad-date', date.value);
    const piece = readPieceWork(cells);
    if (piece.status === 'skipped') continue;
    const overtime = readOvertime(cells);
    if (overtime === null) continue;
    const hours = readHalfSteps(cells, 'hours', 0);
    const manDays = readHalfSteps(cells, 'manDays', hours > 0 || piece.status === 'piece-rate' ? 0 : 1);
    const amount = readMoneyCell(cells, 'amount');
    const pay = piece.status === 'piece-rate'
      ? { pay: 'piece-rate' as const, dayRate: ZERO_FEN, pieceRate: piece.pieceRate, quantity: piece.quantity, pieceUnit: piece.pieceUnit }
      : { pay: 'day-rate' as const, dayRate: readDayRate(cells, worker, amount, { manDays, hours, ...overtime }), pieceRate: ZERO_FEN, quantity: 0, pieceUnit: '' };
    const row: LabourRow = { sheetRow, workerId: worker.id, day: date.value, manDays, hours, ...pay, ...overtime, content: text('content'), taskId: null };
    if (amount !== null) {
      const computed = labourRowAmount(row);
      if (computed !== amount) issue('amount', 'warning', 'amount-mismatch', fenText(computed));
    }
    let taskId: string | null = null;
    if (text('task') !== '') {
      taskId = matchTask(text('task'));
      if (taskId === null) issue('task', 'warning', 'unknown-task', '');
    }
    rows.push({ ...row, taskId });
  }
  return { rows, issues };
}

/** The day rate cell; else the one that makes the amount (less overtime) for this time, to the fen; else the worker's roster rate. */
function readDayRate(cells: LabourCells, worker: RosterWorker, amount: Fen | null, time: { manDays: number; hours: number; overtimeHours: number; overtimeRate: Fen }): Fen {
  if (cells.text('dayRate') !== '') {
    const money = parseMoney(cells.text('dayRate'));
    if (money.ok && money.value >= 0) return money.value;
    cells.issue('dayRate', 'warning', 'bad-amount', fenText(worker.defaultDayRate));
    return worker.defaultDayRate;
  }
  if (amount === null) return worker.defaultDayRate;
  const overtimePay = multiplyFen(time.overtimeRate, time.overtimeHours * 2, 2);
  if (amount < overtimePay) return worker.defaultDayRate;
  return rateFromAmount(subFen(amount, overtimePay), time.manDays, time.hours) ?? worker.defaultDayRate;
}

/** The day rate that makes `amount` for this time, to the fen (then checked against the amount like any rate). */
function rateFromAmount(amount: Fen, manDays: number, hours: number): Fen | null {
  if (hours > 0 && manDays === 0) return multiplyFen(amount, 2 * IMPORT_HOURS_PER_DAY, hours * 2);
  if (manDays > 0) return multiplyFen(amount, 2, manDays * 2);
  return null;
}

/** Re-import key: worker + day + normalised work content. */
export function labourKey(row: { readonly workerId: string; readonly day: string; readonly content: string }): string {
  return `${row.workerId}|${row.day}|${normaliseName(row.content)}`;
}
