// What text typed into a table cell (or the edit sheet) changes, or null when it is not a valid
// value for that column: a name that isn't blank, whole working days 0–3650, percent 0–100, a day.
import { parseIsoDay } from '../../../shared/iso-day';
import type { TaskEdit } from './task-edit';
import type { TableColumn } from './table-columns';

const MAX_DURATION_DAYS = 3650;

export function cellEdit(column: TableColumn, typed: string): TaskEdit | null {
  const value = typed.trim();
  switch (column) {
    case 'name': return value === '' ? null : { title: value };
    case 'duration': return wholeIn(value, 0, MAX_DURATION_DAYS, (duration) => ({ duration }));
    case 'percent': return wholeIn(value, 0, 100, (percentComplete) => ({ percentComplete }));
    case 'start': { const day = parseIsoDay(value); return day === null ? null : { start: day }; }
    case 'finish': { const day = parseIsoDay(value); return day === null ? null : { finish: day }; }
    case 'wbs':
    case 'assignees':
    case 'float':
    case 'variance': return null;
  }
}

function wholeIn(value: string, low: number, high: number, make: (n: number) => TaskEdit): TaskEdit | null {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= low && n <= high ? make(n) : null;
}
