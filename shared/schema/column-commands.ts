// Named writers for a project's columns.
import * as Y from 'yjs';
import { groupCardsByColumn } from '../domain/board';
import { newId, type ColumnId } from '../ids';
import { rankBetween } from '../rank';
import { fail, ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { cleanLine, MAX_NAME_LENGTH, MAX_WIP_LIMIT } from './limits';
import { readColumn, sortByRank } from './project-read';
import { projectRoots } from './project-roots';
import type { Column } from './project-types';
import { lastRankIn } from './record-ranks';
import { readPlacements } from './task-placement';

export type ColumnFailure = 'column-not-found' | 'empty-or-too-long' | 'invalid-wip-limit' | 'last-column';

/** Lays out the first columns of a new project; does nothing if the project already has columns. */
export function initProject(doc: Y.Doc, columnTitles: readonly string[], origin: unknown): void {
  doc.transact(() => {
    if (projectRoots(doc).columns.size > 0) return;
    for (const title of columnTitles) addColumn(doc, { title }, origin);
  }, origin);
}

export interface NewColumn {
  readonly title: string;
  readonly wipLimit?: number | null;
}

export function addColumn(doc: Y.Doc, input: NewColumn, origin: unknown): Result<ColumnId, ColumnFailure> {
  const title = cleanLine(input.title, MAX_NAME_LENGTH);
  if (title === null) return fail('empty-or-too-long');
  const wipLimit = input.wipLimit ?? null;
  if (!isValidWipLimit(wipLimit)) return fail('invalid-wip-limit');
  const id = newId<'column'>();
  doc.transact(() => {
    const { columns } = projectRoots(doc);
    const record = new Y.Map<unknown>();
    record.set('title', title);
    record.set('wipLimit', wipLimit);
    record.set('rank', rankBetween(lastRankIn(columns), null));
    columns.set(id, record);
  }, origin);
  return ok(id);
}

export function renameColumn(doc: Y.Doc, id: ColumnId, title: string, origin: unknown): Result<void, ColumnFailure> {
  const clean = cleanLine(title, MAX_NAME_LENGTH);
  if (clean === null) return fail('empty-or-too-long');
  return updateColumn(doc, id, origin, (record) => record.set('title', clean));
}

export function setColumnWipLimit(doc: Y.Doc, id: ColumnId, wipLimit: number | null, origin: unknown): Result<void, ColumnFailure> {
  if (!isValidWipLimit(wipLimit)) return fail('invalid-wip-limit');
  return updateColumn(doc, id, origin, (record) => record.set('wipLimit', wipLimit));
}

/** Moves a column to `toIndex` in the current order (clamped to the ends). */
export function moveColumn(doc: Y.Doc, id: ColumnId, toIndex: number, origin: unknown): Result<void, ColumnFailure> {
  const others = readColumns(doc).filter((column) => column.id !== id);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
  const rank = rankBetween(others[index - 1]?.rank ?? null, others[index]?.rank ?? null);
  return updateColumn(doc, id, origin, (record) => record.set('rank', rank));
}

/** Deletes a column; its cards move to the end of the first remaining column, so none is lost. */
export function deleteColumn(doc: Y.Doc, id: ColumnId, origin: unknown): Result<void, ColumnFailure> {
  const columns = readColumns(doc);
  if (!columns.some((column) => column.id === id)) return fail('column-not-found');
  const remaining = columns.filter((column) => column.id !== id);
  const target = remaining[0];
  if (target === undefined) return fail('last-column');
  const placements = readPlacements(doc);
  const groups = groupCardsByColumn(columns, placements);
  const moving = groups.get(id) ?? [];
  let rank = (groups.get(target.id) ?? []).at(-1)?.rank ?? null;
  doc.transact(() => {
    const { columns: columnRecords, tasks } = projectRoots(doc);
    for (const card of moving) {
      const record = tasks.get(card.id);
      if (!isRecordMap(record)) continue;
      rank = rankBetween(rank, null);
      record.set('columnId', target.id);
      record.set('rank', rank);
    }
    columnRecords.delete(id);
  }, origin);
  return ok(undefined);
}

export function readColumns(doc: Y.Doc): Column[] {
  const columns: Column[] = [];
  projectRoots(doc).columns.forEach((value, key) => {
    const column = readColumn(key, value);
    if (column) columns.push(column);
  });
  return sortByRank(columns);
}

function updateColumn(doc: Y.Doc, id: ColumnId, origin: unknown, change: (record: Y.Map<unknown>) => void): Result<void, ColumnFailure> {
  const record = projectRoots(doc).columns.get(id);
  if (!isRecordMap(record)) return fail('column-not-found');
  doc.transact(() => change(record), origin);
  return ok(undefined);
}

function isValidWipLimit(value: number | null): boolean {
  return value === null || (Number.isSafeInteger(value) && value >= 1 && value <= MAX_WIP_LIMIT);
}
