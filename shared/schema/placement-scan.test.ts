// The one-pass readers that commands use on big projects (readSiblings, columnEnds) must give what the
// full readers give (outlineSiblings over readOutline, groupCardsByColumn over readPlacements), also
// on documents other devices or old versions left messy: broken and looping parents, unknown columns,
// unreadable ranks, equal ranks.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupCardsByColumn } from '../domain/board';
import type { TaskId } from '../ids';
import { readColumns } from './column-commands';
import { outlineSiblings, readOutline, readSiblings } from './outline-placement';
import { projectRoots } from './project-roots';
import { columnEnds, readPlacements } from './task-placement';
import { makeBoard } from './test-fixtures';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function messyProject(seed: number): { doc: Y.Doc; ids: TaskId[] } {
  const board = makeBoard();
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const ids = Array.from({ length: 40 }, (_, index) => `task-${seed}-${String(index).padStart(4, '0')}` as TaskId);
  const columnIds = readColumns(board.doc).map((column) => column.id);
  const ranks = ['a0', 'a1', 'a1', 'Zz', 'a0V', '', 'not a rank!', 7];
  const { tasks } = projectRoots(board.doc);
  board.doc.transact(() => {
    for (const id of ids) {
      const record = new Y.Map<unknown>();
      record.set('title', id);
      record.set('parentId', pick<unknown>([null, null, ...ids.slice(0, 12), id, 'missing-task-0001', 42]));
      record.set('outlineRank', pick<unknown>(ranks));
      if (next() < 0.3) record.delete('outlineRank');
      record.set('columnId', pick<unknown>([...columnIds, ...columnIds, 'gone-column-001', null, 3]));
      record.set('rank', pick<unknown>(ranks));
      tasks.set(id, record);
    }
    tasks.set('not an id', new Y.Map<unknown>());
    tasks.set(`task-${seed}-broken`, 'not a record');
  });
  return { doc: board.doc, ids };
}

describe('one-pass placement readers', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('readSiblings equals outlineSiblings(readOutline) under every parent (seed %i)', (seed) => {
    const { doc, ids } = messyProject(seed);
    const outline = readOutline(doc);
    for (const parentId of [null, ...ids]) {
      expect(readSiblings(doc, parentId), `parent ${parentId}`).toEqual(outlineSiblings(outline, parentId));
    }
  });

  it('reads a parent on a loop as having no children, as the outline does', () => {
    const { doc } = messyProject(9);
    const { tasks } = projectRoots(doc);
    const a = 'loop-task-0001' as TaskId;
    const b = 'loop-task-0002' as TaskId;
    doc.transact(() => {
      for (const [id, parentId] of [[a, b], [b, a]] as const) {
        const record = new Y.Map<unknown>();
        record.set('parentId', parentId);
        tasks.set(id, record);
      }
    });
    expect(readSiblings(doc, a)).toEqual([]);
    expect(readSiblings(doc, null).map((item) => item.id)).toEqual(expect.arrayContaining([a, b]));
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('columnEnds equals the first and last card of groupCardsByColumn (seed %i)', (seed) => {
    const { doc } = messyProject(seed);
    const columns = readColumns(doc);
    const groups = groupCardsByColumn(columns, readPlacements(doc));
    for (const column of columns) {
      const cards = groups.get(column.id) ?? [];
      expect(columnEnds(doc, columns, column.id), `column ${column.id}`).toEqual({ first: cards[0] ?? null, last: cards.at(-1) ?? null });
    }
  });
});
