import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChecklistItem } from './checklist-commands';
import { observeRecords, type ObservedChange } from './observe';
import { PROJECT_ROOT_NAMES, type ProjectRootName } from './project-roots';
import { addTask, updateTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN } from './test-fixtures';

describe('observeRecords', () => {
  it('reports the id of each changed record, including nested edits', () => {
    const board = makeBoard();
    const added = addTask(board.doc, { columnId: board.todo, title: 'Wire', createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    const seen: ObservedChange<ProjectRootName>[] = [];
    const stop = observeRecords(board.doc, PROJECT_ROOT_NAMES, (change) => seen.push(change));
    updateTask(board.doc, added.value, { description: 'cable tray first' }, NOW, ORIGIN);
    addChecklistItem(board.doc, added.value, 'Conduit', NOW, ORIGIN);
    stop();
    updateTask(board.doc, added.value, { title: 'after stop' }, NOW, ORIGIN);
    expect(seen).toHaveLength(2);
    expect(seen.every((change) => change.local && [...change.changed.tasks].join() === added.value)).toBe(true);
  });

  it('marks changes from another device as not local', () => {
    const board = makeBoard();
    const other = new Y.Doc();
    const seen: boolean[] = [];
    observeRecords(other, PROJECT_ROOT_NAMES, (change) => seen.push(change.local));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(board.doc));
    expect(seen).toEqual([false]);
  });
});
