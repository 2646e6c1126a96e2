// Labour sheets (点工记录) foremen keep in Excel: header synonyms and a row reader producing
// recordLabour inputs. Worker names must be on the roster (unknown → reported, row skipped; the import
// page offers to add them first); man-days and hours go to 0.5 steps (rounded with a warning); money
// through parseMoney as integer fen. An amount column checks days × rate + overtime, or gives the rate
// when the sheet has none; overtime hours without an overtime rate are paid nothing (warned); a task
// column ties the record to a task by WBS code or name.
import type { WorkerId } from '../finance/finance-ids';
import type { IsoDay } from '../../iso-day';
import { parseMoney } from '../../money-parse';
import { lineAmount, multiplyFen, subFen, ZERO_FEN, type Fen } from '../../money';
import { normaliseWidth } from './cell-parse';
import { fenText, rowCells, type FinanceIssue, type FinanceIssueCode } from './finance-issue';
import { normaliseName } from './match-members';
import { parseDate, type DayOrder } from './parse-date';
import type { Sheet } from './sheet-types';
import { makeTaskMatcher, type TaskRef } from './task-ref';

export { FINANCE_ISSUE_CODES, rowCells, type FinanceIssue, type FinanceIssueCode } from './finance-issue';

export const LABOUR_FIELDS = ['worker', 'day', 'manDays', 'hours', 'overtime', 'dayRate', 'overtimeRate', 'amount', 'content', 'task', 'team', 'trade'] as const;
export type LabourField = (typeof LABOUR_FIELDS)[number];

export const LABOUR_SYNONYMS: Readonly<Record<LabourField, readonly string[]>> = {
  worker: ['姓名', '工人', '工人姓名', '人员', 'worker', 'name', 'workername'],
  day: ['日期', '出勤日期', '工作日期', 'date', 'day'],
  manDays: ['工日', '出勤', '天数', 'mandays', 'manday', 'days'],
  hours: ['工时', '小时', 'hours', 'hrs'],
  overtime: ['加班', '加班工时', '加班小时', 'overtime', 'ot', 'overtimehours'],
  dayRate: ['日工资', '单价', '日薪', '工价', 'dayrate', 'rate', 'dailyrate'],
  overtimeRate: ['加班单价', '加班工价', '加班费率', '加班时薪', 'overtimerate', 'otrate'],
  amount: ['金额', '工资', '应发', '应发工资', '应付', '小计', 'amount', 'pay', 'total'],
  content: ['工作内容', '内容', '施工内容', 'work', 'content', 'description'],
  task: ['任务', '任务名称', 'wbs', '分项', 'task', 'taskname'],
  team: ['班组', 'team', 'crew'],
  trade: ['工种', 'trade'],
};
export const LABOUR_REQUIRED: readonly LabourField[] = ['worker', 'day'];

/** Hours in a man-day when a sheet gives hours: the labour form's default. */
const HOURS_PER_DAY = 8;

export interface RosterWorker {
  readonly id: WorkerId;
  readonly name: string;
  readonly defaultDayRate: Fen;
}

export interface LabourRow {
  readonly sheetRow: number;
  readonly workerId: WorkerId;
  readonly day: IsoDay;
  readonly manDays: number;
  readonly hours: number;
  readonly overtimeHours: number;
  readonly dayRate: Fen;
  /** Fen per overtime hour, paid on top of the days × rate. */
  readonly overtimeRate: Fen;
  readonly content: string;
  readonly taskId: string | null;
}

/** The pay of a day-rate row: man-days × rate (or hours / 8 × rate when only hours are given) + overtime hours × overtime rate, rounded once. */
export function labourRowAmount(row: Pick<LabourRow, 'manDays' | 'hours' | 'dayRate' | 'overtimeHours' | 'overtimeRate'>): Fen {
  const overtime = { rate: row.overtimeRate, numerator: row.overtimeHours * 2, denominator: 2 };
  if (row.hours > 0 && row.manDays === 0) return lineAmount([{ rate: row.dayRate, numerator: row.hours * 2, denominator: 2 * HOURS_PER_DAY }, overtime]);
  return lineAmount([{ rate: row.dayRate, numerator: row.manDays * 2, denominator: 2 }, overtime]);
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
    const name = text('worker');
    const worker = byName.get(normaliseName(name));
    if (name === '') { issue('worker', 'error', 'missing-worker', 'skipped'); continue; }
    if (!worker) { issue('worker', 'error', 'unknown-worker', 'skipped'); continue; }
    const date = parseDate(cell('day'), dayOrder);
    if (date.value === null) { issue('day', 'error', 'bad-date', 'skipped'); continue; }
    if (date.problem) issue('day', 'warning', date.problem.code === 'ambiguous-date' ? 'ambiguous-date' : 'bad-date', date.value);
    const halfSteps = (field: LabourField, fallback: number): number => {
      if (text(field) === '') return fallback;
      const value = Number(normaliseWidth(text(field)).toLowerCase().replace(/(工日|天|d|h|小时|工时)$/, ''));
      if (!Number.isFinite(value) || value < 0) { issue(field, 'warning', 'bad-number', String(fallback)); return fallback; }
      const rounded = Math.round(value * 2) / 2;
      if (rounded !== value) issue(field, 'warning', 'rounded-half-day', String(rounded));
      return rounded;
    };
    const hours = halfSteps('hours', 0);
    const manDays = halfSteps('manDays', hours > 0 ? 0 : 1);
    const overtimeHours = halfSteps('overtime', 0);
    let overtimeRate = ZERO_FEN;
    if (text('overtimeRate') !== '') {
      const money = parseMoney(text('overtimeRate'));
      if (money.ok && money.value >= 0) overtimeRate = money.value;
      else issue('overtimeRate', 'warning', 'bad-amount', fenText(0));
    } else if (overtimeHours > 0) {
      issue('overtime', 'warning', 'overtime-unpaid', fenText(0));
    }
    const overtimePay = multiplyFen(overtimeRate, overtimeHours * 2, 2);
    const amount = readAmount(text('amount'), () => issue('amount', 'warning', 'bad-amount', ''));
    let dayRate = worker.defaultDayRate;
    if (text('dayRate') !== '') {
      const money = parseMoney(text('dayRate'));
      if (money.ok && money.value >= 0) dayRate = money.value;
      else issue('dayRate', 'warning', 'bad-amount', fenText(worker.defaultDayRate));
    } else if (amount !== null) {
      dayRate = amount >= overtimePay ? (rateFromAmount(subFen(amount, overtimePay), manDays, hours) ?? dayRate) : dayRate;
    }
    if (amount !== null) {
      const computed = labourRowAmount({ manDays, hours, dayRate, overtimeHours, overtimeRate });
      if (computed !== amount) issue('amount', 'warning', 'amount-mismatch', fenText(computed));
    }
    let taskId: string | null = null;
    if (text('task') !== '') {
      taskId = matchTask(text('task'));
      if (taskId === null) issue('task', 'warning', 'unknown-task', '');
    }
    rows.push({ sheetRow, workerId: worker.id, day: date.value, manDays, hours, overtimeHours, dayRate, overtimeRate, content: text('content'), taskId });
  }
  return { rows, issues };
}

/** The amount cell in fen; null when empty or unreadable (`onBad` reports the latter). */
function readAmount(text: string, onBad: () => void): Fen | null {
  if (text === '') return null;
  const money = parseMoney(text);
  if (money.ok && money.value >= 0) return money.value;
  onBad();
  return null;
}

/** The day rate that makes `amount` for this time, to the fen (then checked against the amount like any rate). */
function rateFromAmount(amount: Fen, manDays: number, hours: number): Fen | null {
  if (hours > 0 && manDays === 0) return multiplyFen(amount, 2 * HOURS_PER_DAY, hours * 2);
  if (manDays > 0) return multiplyFen(amount, 2, manDays * 2);
  return null;
}

/** Re-import key: worker + day + normalised work content. */
export function labourKey(row: { readonly workerId: string; readonly day: string; readonly content: string }): string {
  return `${row.workerId}|${row.day}|${normaliseName(row.content)}`;
}
