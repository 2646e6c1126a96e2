// Shared arrange steps for schema tests: a project document with three columns.
import * as Y from 'yjs';
import type { ColumnId, UserId } from '../ids';
import type { IsoDay } from '../iso-day';
import { initProject, readColumns } from './column-commands';

export const ORIGIN = { name: 'test-user' };
export const ALICE = 'user_Alice000001' as UserId;
export const BOB = 'user_Bob00000001' as UserId;
export const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);
/** The calendar day of NOW, for commands that take the caller's today. */
export const TODAY = '2026-11-23' as IsoDay;

export interface BoardFixture {
  readonly doc: Y.Doc;
  readonly todo: ColumnId;
  readonly doing: ColumnId;
  readonly done: ColumnId;
}

export function makeBoard(doc = new Y.Doc()): BoardFixture {
  initProject(doc, ['To do', 'Doing', 'Done'], ORIGIN);
  const [todo, doing, done] = readColumns(doc).map((column) => column.id);
  if (!todo || !doing || !done) throw new Error('fixture board needs three columns');
  return { doc, todo, doing, done };
}

/** Copies every update from each doc into every other, like a full sync round. */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}
