import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../../shared/ids';
import { addComment, addTask, deleteTask, moveTask, updateTask } from '../../../shared/schema';
import { ORIGIN } from '../../../shared/schema/test-fixtures';
import { buildHistoryLines, MERGE_WINDOW_MS, type AttributedEntry } from './history-lines';
import { decodeUpdate, taskChangesOf } from './task-changes';
import { ANN, BO, recordedBoard, START, valueOf, type Person, type RecordedBoard } from './test-fixtures';

const MINUTE = 60_000;

/** Reads the recorded entries back as the loader would, against the board's current document. */
function attributed(board: RecordedBoard, commentCard: (id: string) => TaskId | null = () => null): AttributedEntry[] {
  return board.entries.map((wire) => {
    const update = decodeUpdate(wire.update);
    return { seq: wire.seq, at: wire.at, userId: wire.userId, userName: wire.userName, changes: update === null ? [] : taskChangesOf(board.doc, update, commentCard) };
  });
}

function exists(board: RecordedBoard) {
  return (taskId: TaskId): boolean => board.doc.getMap('tasks').has(taskId);
}

function addCard(board: RecordedBoard, title: string, at: number, person: Person = ANN): TaskId {
  return board.record(person, at, () => valueOf(addTask(board.doc, { columnId: board.todo, title, createdBy: null, now: at }, ORIGIN)));
}

describe('buildHistoryLines', () => {
  it("lists one card's changes newest first, each with who and what", () => {
    const board = recordedBoard();
    const slab = addCard(board, 'Pour slab', START);
    addCard(board, 'Order cement', START + MINUTE);
    board.record(BO, START + 10 * MINUTE, () => updateTask(board.doc, slab, { title: 'Pour slab, wall B' }, START, ORIGIN));
    const lines = buildHistoryLines(attributed(board), { taskId: slab, taskExists: exists(board) });
    expect(lines.map((line) => [line.userName, line.actions, line.at])).toEqual([
      ['Bo Li', [{ kind: 'field', message: 'history.changedTitle' }], START + 10 * MINUTE],
      ['Ann Wang', [{ kind: 'created' }], START],
    ]);
  });

  it('merges edits by one person to one card within a few minutes into one line, in the order they happened', () => {
    const board = recordedBoard();
    const slab = addCard(board, 'Pour slab', START);
    board.record(BO, START + 10 * MINUTE, () => updateTask(board.doc, slab, { title: 'Pour slab B' }, START, ORIGIN));
    board.record(BO, START + 12 * MINUTE, () => updateTask(board.doc, slab, { description: 'Use C30' }, START, ORIGIN));
    board.record(BO, START + 13 * MINUTE, () => updateTask(board.doc, slab, { title: 'Pour slab C' }, START, ORIGIN));
    board.record(BO, START + 13 * MINUTE + MERGE_WINDOW_MS + 1, () => moveTask(board.doc, slab, { columnId: board.doing, index: 0 }, START, ORIGIN));
    const lines = buildHistoryLines(attributed(board), { taskId: slab, taskExists: exists(board) });
    expect(lines.map((line) => line.actions.map((action) => (action.kind === 'field' ? action.message : action.kind)))).toEqual([
      ['history.moved'],
      ['history.changedTitle', 'history.editedDescription'],
      ['created'],
    ]);
    expect(lines[1]).toMatchObject({ at: START + 13 * MINUTE, since: START + 10 * MINUTE });
  });

  it("keeps different people's edits on separate lines", () => {
    const board = recordedBoard();
    const slab = addCard(board, 'Pour slab', START);
    board.record(ANN, START + MINUTE, () => updateTask(board.doc, slab, { priority: 'high' }, START, ORIGIN));
    board.record(BO, START + 2 * MINUTE, () => updateTask(board.doc, slab, { priority: 'urgent' }, START, ORIGIN));
    const lines = buildHistoryLines(attributed(board), { taskId: slab, taskExists: exists(board) });
    expect(lines.map((line) => line.userName)).toEqual(['Bo Li', 'Ann Wang']);
  });

  it('tells the creation of a card that is gone from its deletion', () => {
    const board = recordedBoard();
    const slab = addCard(board, 'Pour slab', START);
    board.record(BO, START + 30 * MINUTE, () => deleteTask(board.doc, slab, ORIGIN));
    const lines = buildHistoryLines(attributed(board), { taskExists: exists(board) });
    expect(lines.map((line) => [line.userName, line.actions])).toEqual([
      ['Bo Li', [{ kind: 'deleted' }]],
      ['Ann Wang', [{ kind: 'created' }]],
    ]);
  });

  it('lists every card in the activity feed, with comments as changes to their card', () => {
    const board = recordedBoard();
    const slab = addCard(board, 'Pour slab', START);
    const cement = addCard(board, 'Order cement', START + 20 * MINUTE, BO);
    const comment = board.record(ANN, START + 40 * MINUTE, () => valueOf(addComment(board.doc, { taskId: slab, authorId: null, authorName: 'Ann Wang', text: 'Booked', now: START }, ORIGIN)));
    const lines = buildHistoryLines(attributed(board, (id) => (id === comment ? slab : null)), { taskExists: exists(board) });
    expect(lines.map((line) => [line.taskId, line.actions[0]?.kind])).toEqual([[slab, 'commented'], [cement, 'created'], [slab, 'created']]);
  });
});
