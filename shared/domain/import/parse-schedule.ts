// A sheet (rows of cells below a header row) read into import rows: outline parents, stable keys and
// predecessors resolved to rows, every problem tied to its cell. A row without a task name but with
// other content is skipped with an error; blank rows are passed over silently.
//
// A predecessor reference is resolved, in this order, against: the ID column (if the sheet has one),
// the WBS codes, then the task's sequence number (1 = the first task row below the header).
import { makeCalendar, type WorkingCalendar } from '../calendar/working-calendar';
import { findCycles } from '../schedule/link-cycles';
import { cellRef } from './cell-ref';
import { buildOutline } from './hierarchy';
import { nameKey, wbsKey } from './import-key';
import type { DayOrder } from './parse-date';
import { isBlankRow, readRow, type RawRow } from './read-row';
import type { ColumnMapping, ImportIssue, ParsedPredecessor, ParsedRow, ParsedSchedule, Sheet } from './sheet-types';

export interface ParseScheduleOptions {
  /** 0-based index of the header row; data starts below it. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly dayOrder?: DayOrder;
  /** The calendar durations are counted in (start → finish without a duration column). Mon–Fri if not given. */
  readonly calendar?: WorkingCalendar;
}

export function parseSchedule(sheet: Sheet, options: ParseScheduleOptions): ParsedSchedule {
  const readOptions = { mapping: options.mapping, dayOrder: options.dayOrder ?? 'month-first', calendar: options.calendar ?? makeCalendar() };
  const raws: RawRow[] = [];
  const skipped: { sheetRow: number; issues: ImportIssue[] }[] = [];
  for (let index = options.headerRow + 1; index < sheet.length; index++) {
    const cells = sheet[index] ?? [];
    if (isBlankRow(cells)) continue;
    const raw = readRow(cells, index + 1, readOptions);
    if (raw.title === '') {
      const column = options.mapping.title;
      skipped.push({ sheetRow: index + 1, issues: [{ severity: 'error', code: 'missing-title', cell: column === undefined ? null : cellRef(column, index + 1), value: '', assumed: '' }] });
      continue;
    }
    raws.push(raw);
  }
  const outline = buildOutline(raws);
  const keys = assignKeys(raws);
  const resolve = makeResolver(raws);
  const rows = raws.map((raw, index): ParsedRow => {
    const issues = [...raw.issues];
    if (outline.orphans.has(index)) issues.push({ severity: 'warning', code: 'wbs-parent-missing', cell: wbsCell(options.mapping, raw), value: raw.wbs ?? '', assumed: raws[outline.parents[index] ?? -1]?.wbs ?? '' });
    if (raw.wbs !== null && keys[index] !== wbsKey(raw.wbs)) issues.push({ severity: 'warning', code: 'duplicate-key', cell: wbsCell(options.mapping, raw), value: raw.wbs, assumed: '' });
    const predecessors: ParsedPredecessor[] = [];
    for (const ref of raw.predecessors) {
      const row = resolve(ref.ref);
      if (row === undefined) issues.push({ severity: 'warning', code: 'unknown-predecessor', cell: raw.predecessorCell, value: ref.ref, assumed: '' });
      else if (row === index) issues.push({ severity: 'warning', code: 'self-predecessor', cell: raw.predecessorCell, value: ref.ref, assumed: '' });
      else if (!predecessors.some((known) => known.row === row)) predecessors.push({ row, type: ref.type, lag: ref.lag });
    }
    return {
      sheetRow: raw.sheetRow, importKey: keys[index] ?? '', title: raw.title, wbs: raw.wbs, parent: outline.parents[index] ?? null,
      start: raw.start, duration: raw.duration, percentComplete: raw.percentComplete, predecessors,
      assigneeNames: raw.assigneeNames, notes: raw.notes, issues,
    };
  });
  return { rows: markCycles(rows, raws, options.mapping), skipped };
}

/** Rows whose predecessors close a circle get a warning; the links are kept and the schedule ignores them until one goes. */
function markCycles(rows: ParsedRow[], raws: readonly RawRow[], mapping: ColumnMapping): ParsedRow[] {
  const edges = new Map<string, string[]>();
  rows.forEach((row, index) => {
    for (const pred of row.predecessors) {
      const list = edges.get(String(pred.row));
      if (list) list.push(String(index));
      else edges.set(String(pred.row), [String(index)]);
    }
  });
  const inCycle = new Map<number, string>();
  for (const cycle of findCycles(rows.map((_, index) => String(index)), edges)) {
    const codes = cycle.map((member) => rows[Number(member)]?.wbs ?? String(Number(member) + 1)).join(' → ');
    for (const member of cycle) inCycle.set(Number(member), codes);
  }
  if (inCycle.size === 0) return rows;
  return rows.map((row, index) => {
    const codes = inCycle.get(index);
    const column = mapping.predecessors;
    const cell = column === undefined ? null : cellRef(column, raws[index]?.sheetRow ?? row.sheetRow);
    return codes === undefined ? row : { ...row, issues: [...row.issues, { severity: 'warning', code: 'predecessor-cycle', cell, value: codes, assumed: '' }] };
  });
}

function assignKeys(raws: readonly RawRow[]): string[] {
  const used = new Set<string>();
  const nameCounts = new Map<string, number>();
  return raws.map((raw) => {
    if (raw.wbs !== null && !used.has(wbsKey(raw.wbs))) {
      used.add(wbsKey(raw.wbs));
      return wbsKey(raw.wbs);
    }
    let occurrence = (nameCounts.get(nameKey(raw.title, 0)) ?? 0) + 1;
    while (used.has(nameKey(raw.title, occurrence))) occurrence++;
    nameCounts.set(nameKey(raw.title, 0), occurrence);
    used.add(nameKey(raw.title, occurrence));
    return nameKey(raw.title, occurrence);
  });
}

function makeResolver(raws: readonly RawRow[]): (ref: string) => number | undefined {
  const byId = new Map<string, number>();
  const byWbs = new Map<string, number>();
  raws.forEach((raw, index) => {
    if (raw.id !== null && !byId.has(raw.id)) byId.set(raw.id, index);
    if (raw.wbs !== null && !byWbs.has(raw.wbs)) byWbs.set(raw.wbs, index);
  });
  return (ref) => {
    if (byId.size > 0) return byId.get(ref);
    const byCode = byWbs.get(ref);
    if (byCode !== undefined) return byCode;
    const sequence = /^\d+$/.test(ref) ? Number(ref) - 1 : -1;
    return sequence >= 0 && sequence < raws.length ? sequence : undefined;
  };
}

function wbsCell(mapping: ColumnMapping, raw: RawRow): string | null {
  return mapping.wbs === undefined ? null : cellRef(mapping.wbs, raw.sheetRow);
}
