import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProject } from './project-read';
import { addTask, updateTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

describe('undo', () => {
  it('undoes and redoes this user’s own command as one step', () => {
    const board = makeBoard();
    const undo = makeUndoManager(board.doc, 'project', ORIGIN);
    addTask(board.doc, { columnId: board.todo, title: 'Tile bathroom', createdBy: ALICE, now: NOW }, ORIGIN);
    expect(readProject(board.doc).tasks).toHaveLength(1);
    undo.undo();
    expect(readProject(board.doc).tasks).toHaveLength(0);
    undo.redo();
    expect(readProject(board.doc).tasks.map((task) => task.title)).toEqual(['Tile bathroom']);
  });

  it('never reverts a teammate’s edit', () => {
    const a = makeBoard();
    const b = new Y.Doc();
    const added = addTask(a.doc, { columnId: a.todo, title: 'Paint', createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    syncAll([a.doc, b]);
    const teammate = { name: 'teammate' };
    const undo = makeUndoManager(a.doc, 'project', ORIGIN);
    updateTask(b, added.value, { title: 'Paint walls' }, NOW, teammate);
    syncAll([a.doc, b]);
    undo.undo();
    expect(readProject(a.doc).tasks[0]?.title).toBe('Paint walls');
  });
});
