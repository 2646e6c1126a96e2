import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TaskId } from '../../../shared/ids';
import { addComment, addTask, updateTask } from '../../../shared/schema';
import { ORIGIN } from '../../../shared/schema/test-fixtures';
import { decodeUpdate, isUpdateInDoc, taskChangesOf } from './task-changes';
import { ANN, BO, recordedBoard, START, valueOf } from './test-fixtures';

const noComments = (): TaskId | null => null;

function lastUpdate(board: ReturnType<typeof recordedBoard>): Uint8Array {
  const bytes = decodeUpdate(board.entries.at(-1)?.update ?? '');
  if (bytes === null) throw new Error('no entry recorded');
  return bytes;
}

describe('taskChangesOf', () => {
  it('reads a rename as a change to the title of that card', () => {
    const board = recordedBoard();
    const taskId = valueOf(addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: null, now: START }, ORIGIN));
    board.record(BO, START, () => updateTask(board.doc, taskId, { title: 'Pour slab, wall B' }, START, ORIGIN));
    expect(taskChangesOf(board.doc, lastUpdate(board), noComments)).toEqual([{ taskId, kind: 'fields', fields: ['title', 'updatedAt'] }]);
  });

  it('reads a new card as a whole-record change', () => {
    const board = recordedBoard();
    const taskId = board.record(ANN, START, () => valueOf(addTask(board.doc, { columnId: board.todo, title: 'Order cement', createdBy: null, now: START }, ORIGIN)));
    expect(taskChangesOf(board.doc, lastUpdate(board), noComments)).toEqual([{ taskId, kind: 'record' }]);
  });

  it("counts a new comment as a change to the comment's card", () => {
    const board = recordedBoard();
    const taskId = valueOf(addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: null, now: START }, ORIGIN));
    const commentId = board.record(BO, START, () => valueOf(addComment(board.doc, { taskId, authorId: null, authorName: 'Bo Li', text: 'Mixer booked', now: START }, ORIGIN)));
    const changes = taskChangesOf(board.doc, lastUpdate(board), (id) => (id === commentId ? taskId : null));
    expect(changes).toEqual([{ taskId, kind: 'comment' }]);
  });

  it('says nothing about changes to columns', () => {
    const board = recordedBoard();
    const fresh = new Y.Doc();
    const update = Y.encodeStateAsUpdate(board.doc);
    Y.applyUpdate(fresh, update);
    expect(taskChangesOf(fresh, update, noComments)).toEqual([]);
  });
});

describe('isUpdateInDoc', () => {
  it('is false for an update this device has not received yet, and true once it has', () => {
    const board = recordedBoard();
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(board.doc));
    const taskId = valueOf(addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: null, now: START }, ORIGIN));
    board.record(BO, START, () => updateTask(board.doc, taskId, { title: 'Renamed' }, START, ORIGIN));
    const update = lastUpdate(board);
    expect(isUpdateInDoc(board.doc, update)).toBe(true);
    expect(isUpdateInDoc(elsewhere, update)).toBe(false);
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(board.doc));
    expect(isUpdateInDoc(elsewhere, update)).toBe(true);
  });

  it('does not wait for bytes that are not an update at all', () => {
    expect(isUpdateInDoc(new Y.Doc(), new Uint8Array([255, 1, 2]))).toBe(true);
    expect(decodeUpdate('not base64!')).toBeNull();
  });
});
