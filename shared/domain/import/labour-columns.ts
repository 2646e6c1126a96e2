// Labour sheets (点工记录) foremen keep in Excel: header synonyms and a row reader producing
// recordLabour inputs. Worker names must be on the roster (unknown → reported, row skipped); man-days
// go to 0.5 steps (rounded with a warning); money through parseMoney as integer fen.
import type { WorkerId } from '../finance/finance-ids';
import type { IsoDay } from '../../iso-day';
import { parseMoney } from '../../money-parse';
import type { Fen } from '../../money';
import { cellRef, cellText } from './cell-ref';
import { normaliseWidth } from './cell-parse';
import { normaliseName } from './match-members';
import { parseDate, type DayOrder } from './parse-date';
import type { CellValue, Sheet } from './sheet-types';

export const LABOUR_FIELDS = ['worker', 'day', 'manDays', 'hours', 'overtime', 'dayRate', 'content', 'team', 'trade'] as const;
export type LabourField = (typeof LABOUR_FIELDS)[number];

export const LABOUR_SYNONYMS: Readonly<Record<LabourField, readonly string[]>> = {
  worker: ['姓名', '工人', '工人姓名', '人员', 'worker', 'name', 'workername'],
  day: ['日期', '出勤日期', '工作日期', 'date', 'day'],
  manDays: ['工日', '出勤', '天数', 'mandays', 'manday', 'days'],
  hours: ['工时', '小时', 'hours', 'hrs'],
  overtime: ['加班', '加班工时', '加班小时', 'overtime', 'ot', 'overtimehours'],
  dayRate: ['日工资', '单价', '日薪', '工价', 'dayrate', 'rate', 'dailyrate'],
  content: ['工作内容', '内容', '施工内容', 'work', 'content', 'description'],
  team: ['班组', 'team', 'crew'],
  trade: ['工种', 'trade'],
};
export const LABOUR_REQUIRED: readonly LabourField[] = ['worker', 'day'];

export const FINANCE_ISSUE_CODES = [
  'missing-worker', 'unknown-worker', 'bad-date', 'ambiguous-date', 'bad-number', 'rounded-half-day', 'bad-amount', 'missing-amount', 'zero-amount', 'unknown-category', 'unknown-task',
] as const;
export type FinanceIssueCode = (typeof FINANCE_ISSUE_CODES)[number];

/** Like ImportIssue: which cell, what was there, what the import assumed ('' = nothing, 'skipped'). */
export interface FinanceIssue {
  readonly severity: 'error' | 'warning';
  readonly code: FinanceIssueCode;
  readonly sheetRow: number;
  readonly cell: string | null;
  readonly value: string;
  readonly assumed: string;
}

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
  readonly content: string;
}

/** A cell accessor over one row, shared by the labour and cost readers. */
export function rowCells<F extends string>(cells: readonly CellValue[], sheetRow: number, mapping: Partial<Record<F, number>>): { cell: (f: F) => CellValue; text: (f: F) => string; ref: (f: F) => string | null } {
  const cell = (field: F): CellValue => { const index = mapping[field]; return index === undefined ? null : (cells[index] ?? null); };
  const text = (field: F): string => cellText(cell(field)).trim();
  const ref = (field: F): string | null => { const index = mapping[field]; return index === undefined ? null : cellRef(index, sheetRow); };
  return { cell, text, ref };
}

export function readLabourRows(sheet: Sheet, headerRow: number, mapping: Partial<Record<LabourField, number>>, roster: readonly RosterWorker[], dayOrder: DayOrder): { rows: LabourRow[]; issues: FinanceIssue[] } {
  const byName = new Map(roster.map((worker) => [normaliseName(worker.name), worker] as const));
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
    let dayRate = worker.defaultDayRate;
    if (text('dayRate') !== '') {
      const money = parseMoney(text('dayRate'));
      if (money.ok && money.value >= 0) dayRate = money.value;
      else issue('dayRate', 'warning', 'bad-amount', String(worker.defaultDayRate / 100));
    }
    rows.push({ sheetRow, workerId: worker.id, day: date.value, manDays, hours, overtimeHours: halfSteps('overtime', 0), dayRate, content: text('content') });
  }
  return { rows, issues };
}

/** Re-import key: worker + day + normalised work content. */
export function labourKey(row: { readonly workerId: string; readonly day: string; readonly content: string }): string {
  return `${row.workerId}|${row.day}|${normaliseName(row.content)}`;
}
