// Plain data an import reads and reports: a sheet is rows of cells as the spreadsheet library hands
// them over (no Date objects: dates arrive as Excel serial numbers or as the text people typed).
import type { LinkType } from '../schedule/schedule-types';
import type { IsoDay } from '../../iso-day';

export type CellValue = string | number | boolean | null;
export type Sheet = readonly (readonly CellValue[])[];

export const IMPORT_FIELDS = [
  'title', 'wbs', 'id', 'outlineLevel', 'start', 'finish', 'duration', 'predecessors', 'assignees', 'percent', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which sheet column (0-based) feeds each field; a field missing from the object is not imported. */
export type ColumnMapping = Readonly<Partial<Record<ImportField, number>>>;

export const ISSUE_CODES = [
  'missing-title', 'bad-date', 'ambiguous-date', 'bad-duration', 'fractional-duration', 'duration-too-long',
  'finish-before-start', 'finish-mismatch', 'bad-percent', 'percent-as-fraction', 'percent-out-of-range',
  'bad-predecessor', 'unknown-predecessor', 'self-predecessor', 'bad-wbs', 'wbs-parent-missing', 'duplicate-key',
  'bad-outline-level', 'predecessor-cycle',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem with one cell, in words the UI renders: which cell, what was there, what was assumed. */
export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  readonly code: IssueCode;
  /** Spreadsheet reference like "C7"; null for a problem with the whole row. */
  readonly cell: string | null;
  /** The cell's text as found. */
  readonly value: string;
  /** What the import did instead, as text ("2026-03-05", "1", "skipped"); empty when nothing was assumed. */
  readonly assumed: string;
}

export interface ParsedPredecessor {
  /** Index into ParsedSchedule.rows of the predecessor. */
  readonly row: number;
  readonly type: LinkType;
  /** Working days, negative = lead. */
  readonly lag: number;
}

export interface ParsedRow {
  /** 1-based row number in the sheet (what Excel shows at the left). */
  readonly sheetRow: number;
  readonly importKey: string;
  readonly title: string;
  readonly wbs: string | null;
  /** Index into ParsedSchedule.rows of the WBS parent, or null for a top-level task. */
  readonly parent: number | null;
  readonly start: IsoDay | null;
  /** Working days; 0 = milestone. */
  readonly duration: number;
  readonly percentComplete: number;
  readonly predecessors: readonly ParsedPredecessor[];
  readonly assigneeNames: readonly string[];
  readonly notes: string;
  readonly issues: readonly ImportIssue[];
}

export interface ParsedSchedule {
  readonly rows: readonly ParsedRow[];
  /** Sheet rows that were skipped entirely (a row with an error that leaves no task), with why. */
  readonly skipped: readonly { readonly sheetRow: number; readonly issues: readonly ImportIssue[] }[];
}
