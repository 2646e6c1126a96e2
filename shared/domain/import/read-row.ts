// One sheet row's cells read into typed values, each problem tied to its cell. Dates and duration
// are settled together: a duration cell wins; without one, the working days from start to finish.
import { addWorkingDays, countWorkingDays, type WorkingCalendar } from '../calendar/working-calendar';
import type { IsoDay } from '../../iso-day';
import type { CellParse } from './cell-parse';
import { cellRef, cellText } from './cell-ref';
import { splitIndent } from './hierarchy';
import { parseDate, type DayOrder } from './parse-date';
import { parseDuration } from './parse-duration';
import { parsePercent } from './parse-percent';
import { parsePredecessors, type PredecessorRef } from './parse-predecessors';
import type { CellValue, ColumnMapping, ImportField, ImportIssue } from './sheet-types';

export interface ReadRowOptions {
  readonly mapping: ColumnMapping;
  readonly dayOrder: DayOrder;
  readonly calendar: WorkingCalendar;
}

export interface RawRow {
  readonly sheetRow: number;
  readonly title: string;
  readonly indent: number;
  readonly wbs: string | null;
  readonly id: string | null;
  readonly level: number | null;
  readonly start: IsoDay | null;
  readonly duration: number;
  readonly percentComplete: number;
  readonly predecessors: readonly PredecessorRef[];
  readonly predecessorCell: string | null;
  readonly assigneeNames: readonly string[];
  readonly notes: string;
  readonly issues: ImportIssue[];
}

const WBS_PATTERN = /^[A-Za-z]?\d+(?:\.\d+)*$/;

export function readRow(cells: readonly CellValue[], sheetRow: number, options: ReadRowOptions): RawRow {
  const issues: ImportIssue[] = [];
  const column = (field: ImportField): number | undefined => options.mapping[field];
  const cell = (field: ImportField): CellValue => {
    const index = column(field);
    return index === undefined ? null : (cells[index] ?? null);
  };
  const text = (field: ImportField): string => cellText(cell(field)).trim();
  const ref = (field: ImportField): string | null => {
    const index = column(field);
    return index === undefined ? null : cellRef(index, sheetRow);
  };
  const take = <T>(field: ImportField, result: CellParse<T>): T | null => {
    if (result.problem) issues.push({ ...result.problem, cell: ref(field), value: text(field) });
    return result.value;
  };

  const { indent, name: written } = splitIndent(cellText(cell('title')));
  const name = dropExportApostrophe(written);
  const wbsText = text('wbs').replace(/\.$/, '');
  const wbs = wbsText === '' ? null : WBS_PATTERN.test(wbsText) ? wbsText : null;
  if (wbsText !== '' && wbs === null) issues.push({ severity: 'warning', code: 'bad-wbs', cell: ref('wbs'), value: wbsText, assumed: '' });
  const levelText = text('outlineLevel');
  const level = levelText === '' ? null : /^\d{1,2}$/.test(levelText) && Number(levelText) >= 1 ? Number(levelText) : null;
  if (levelText !== '' && level === null) issues.push({ severity: 'warning', code: 'bad-outline-level', cell: ref('outlineLevel'), value: levelText, assumed: '1' });

  let start = take('start', parseDate(cell('start'), options.dayOrder));
  const finish = take('finish', parseDate(cell('finish'), options.dayOrder));
  const hasDuration = text('duration') !== '';
  let duration = take('duration', parseDuration(cell('duration'))) ?? 1;
  if (!hasDuration && start !== null && finish !== null) {
    if (finish < start) issues.push({ severity: 'warning', code: 'finish-before-start', cell: ref('finish'), value: text('finish'), assumed: '1' });
    else duration = countWorkingDays(options.calendar, start, finish);
  } else if (hasDuration && start !== null && finish !== null && duration > 0) {
    const expected = addWorkingDays(options.calendar, start, duration - 1);
    if (expected !== finish) issues.push({ severity: 'warning', code: 'finish-mismatch', cell: ref('finish'), value: text('finish'), assumed: expected });
  } else if (start === null && finish !== null && duration > 0) {
    start = addWorkingDays(options.calendar, finish, -(duration - 1));
  }

  const predecessorText = text('predecessors');
  const predecessors = parsePredecessors(cell('predecessors'));
  for (const part of predecessors.unreadable) {
    issues.push({ severity: 'warning', code: 'bad-predecessor', cell: ref('predecessors'), value: part, assumed: '' });
  }
  return {
    sheetRow, title: name, indent, wbs, level, start, duration,
    id: text('id') === '' ? null : text('id'),
    percentComplete: take('percent', parsePercent(cell('percent'))) ?? 0,
    predecessors: predecessors.refs,
    predecessorCell: predecessorText === '' ? null : ref('predecessors'),
    assigneeNames: splitNames(dropExportApostrophe(text('assignees'))),
    notes: dropExportApostrophe(text('notes')),
    issues,
  };
}

/** An export protects text that looks like a formula with a leading apostrophe (export-cell.ts); reading it back drops it. */
function dropExportApostrophe(text: string): string {
  return text.replace(/^'(?=[=+\-@\t\r])/, '');
}

/** Names in one cell: parted by commas, 、, semicolons, slashes, bars or line breaks (one per line in Excel). */
export function splitNames(text: string): string[] {
  return [...new Set(text.split(/\s*[,，、;；/|\r\n]\s*/).map((name) => name.replace(/\[[^\]]*\]$/, '').trim()).filter((name) => name !== ''))];
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((value) => cellText(value).trim() === '');
}
