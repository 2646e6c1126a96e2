// The task table's columns and their widths; on a phone only the WBS code and the name are shown
// (the rest is edited in a sheet), and a variance column appears while a baseline is compared.
import type { MessageKey } from '../../i18n/messages-en';

export const TABLE_COLUMNS = ['wbs', 'name', 'duration', 'start', 'finish', 'percent', 'assignees', 'float', 'variance'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const COLUMN_WIDTH_PX = {
  wbs: 56, name: 220, duration: 72, start: 104, finish: 104, percent: 64, assignees: 100, float: 60, variance: 72,
} as const satisfies Record<TableColumn, number>;

export const NARROW_COLUMN_WIDTH_PX = { wbs: 44, name: 116 } as const;

export const COLUMN_LABEL = {
  wbs: 'gantt.col.wbs', name: 'gantt.col.name', duration: 'gantt.col.duration', start: 'gantt.col.start', finish: 'gantt.col.finish',
  percent: 'gantt.col.percent', assignees: 'gantt.col.assignees', float: 'gantt.col.float', variance: 'gantt.col.variance',
} as const satisfies Record<TableColumn, MessageKey>;

/** Columns that can be edited in place. */
export const EDITABLE_COLUMNS: ReadonlySet<TableColumn> = new Set(['name', 'duration', 'start', 'finish', 'percent']);

export function visibleColumns(narrow: boolean, comparing: boolean): readonly TableColumn[] {
  if (narrow) return ['wbs', 'name'];
  return TABLE_COLUMNS.filter((column) => column !== 'variance' || comparing);
}

export function columnWidth(column: TableColumn, narrow: boolean): number {
  if (narrow && (column === 'wbs' || column === 'name')) return NARROW_COLUMN_WIDTH_PX[column];
  return COLUMN_WIDTH_PX[column];
}

export function tableWidth(columns: readonly TableColumn[], narrow: boolean): number {
  return columns.reduce((sum, column) => sum + columnWidth(column, narrow), 0);
}
