import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupCardsByColumn } from '../domain/board';
import type { IsoDay } from '../iso-day';
import type { TaskId } from '../ids';
import { addComment } from './comment-commands';
import { readProject } from './project-read';
import { addTask, deleteTask, moveTask, updateTask } from './task-commands';
import { ALICE, BOB, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';

function titlesIn(doc: Y.Doc, columnId: string): string[] {
  const view = readProject(doc);
  return (groupCardsByColumn(view.columns, view.tasks).get(columnId as never) ?? []).map((task) => task.title);
}

function mustAdd(board: ReturnType<typeof makeBoard>, title: string, columnId = board.todo): TaskId {
  const result = addTask(board.doc, { columnId, title, createdBy: ALICE, now: NOW }, ORIGIN);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('task commands', () => {
  it('adds cards at the end of a column, or at the top when asked', () => {
    const board = makeBoard();
    mustAdd(board, 'Excavate');
    mustAdd(board, 'Rebar');
    addTask(board.doc, { columnId: board.todo, title: 'Survey', createdBy: ALICE, now: NOW, position: 'top' }, ORIGIN);
    expect(titlesIn(board.doc, board.todo)).toEqual(['Survey', 'Excavate', 'Rebar']);
  });

  it('replaces a name an import kept with the member of that name in one step, and refuses a blank name', () => {
    const board = makeBoard();
    const id = mustAdd(board, 'Pour slab');
    updateTask(board.doc, id, { pendingAssignees: ['王五', 'Zhao Liu'] }, NOW, ORIGIN);
    expect(readProject(board.doc).tasks[0]?.pendingAssignees).toEqual(['Zhao Liu', '王五']);
    updateTask(board.doc, id, { assignees: [BOB], pendingAssignees: ['Zhao Liu'] }, NOW, ORIGIN);
    expect([readProject(board.doc).tasks[0]?.assignees, readProject(board.doc).tasks[0]?.pendingAssignees]).toEqual([[BOB], ['Zhao Liu']]);
    expect(updateTask(board.doc, id, { pendingAssignees: ['  '] }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-assignee' });
  });

  it('refuses an empty title and an unknown column without writing anything', () => {
    const board = makeBoard();
    const before = Y.encodeStateVector(board.doc);
    expect(addTask(board.doc, { columnId: board.todo, title: '   ', createdBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    expect(addTask(board.doc, { columnId: 'col_missing0000' as never, title: 'x', createdBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'column-not-found' });
    expect(Y.encodeStateVector(board.doc)).toEqual(before);
  });

  it('edits fields, and writes tags and assignees as sets', () => {
    const board = makeBoard();
    const id = mustAdd(board, 'Pour slab');
    const result = updateTask(board.doc, id, {
      title: '  Pour   slab B2 ', description: 'C30 concrete', dueDate: '2026-12-01' as IsoDay,
      priority: 'high', tags: ['混凝土', 'B2'], assignees: [ALICE, BOB],
    }, NOW + 1, ORIGIN);
    expect(result.ok).toBe(true);
    const task = readProject(board.doc).tasks[0];
    expect(task).toMatchObject({
      title: 'Pour slab B2', description: 'C30 concrete', dueDate: '2026-12-01', priority: 'high',
      tags: ['B2', '混凝土'], assignees: [ALICE, BOB].sort(), updatedAt: NOW + 1,
    });
  });

  it('rejects invalid patches with a reason', () => {
    const board = makeBoard();
    const id = mustAdd(board, 'Pour slab');
    expect(updateTask(board.doc, id, { dueDate: '2026-13-01' as IsoDay }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-due-date' });
    expect(updateTask(board.doc, id, { priority: 'asap' as never }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-priority' });
    expect(updateTask(board.doc, id, { tags: [''] }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-tag' });
    expect(updateTask(board.doc, id, { assignees: ['not valid!' as never] }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-assignee' });
    expect(updateTask(board.doc, 'task_missing000' as TaskId, { title: 'x' }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'task-not-found' });
  });

  it('keeps tags two people add to the same card at the same time', () => {
    const a = makeBoard();
    const id = mustAdd(a, 'Formwork');
    const b = new Y.Doc();
    syncAll([a.doc, b]);
    updateTask(a.doc, id, { tags: ['木工'] }, NOW, ORIGIN);
    updateTask(b, id, { tags: ['urgent'] }, NOW, ORIGIN);
    syncAll([a.doc, b]);
    expect(readProject(a.doc).tasks[0]?.tags).toEqual(['urgent', '木工']);
    expect(readProject(b).tasks[0]?.tags).toEqual(['urgent', '木工']);
  });

  it('moves a card to a position in another column', () => {
    const board = makeBoard();
    const excavate = mustAdd(board, 'Excavate');
    mustAdd(board, 'Inspect', board.doing);
    mustAdd(board, 'Backfill', board.doing);
    expect(moveTask(board.doc, excavate, { columnId: board.doing, index: 1 }, NOW, ORIGIN).ok).toBe(true);
    expect(titlesIn(board.doc, board.todo)).toEqual([]);
    expect(titlesIn(board.doc, board.doing)).toEqual(['Inspect', 'Excavate', 'Backfill']);
    moveTask(board.doc, excavate, { columnId: board.doing, index: 99 }, NOW, ORIGIN);
    expect(titlesIn(board.doc, board.doing)).toEqual(['Inspect', 'Backfill', 'Excavate']);
    moveTask(board.doc, excavate, { columnId: board.doing, index: -5 }, NOW, ORIGIN);
    expect(titlesIn(board.doc, board.doing)).toEqual(['Excavate', 'Inspect', 'Backfill']);
  });

  it('ends two concurrent moves of one card with the card in exactly one place', () => {
    const a = makeBoard();
    const id = mustAdd(a, 'Scaffold');
    const b = new Y.Doc();
    syncAll([a.doc, b]);
    moveTask(a.doc, id, { columnId: a.doing, index: 0 }, NOW, ORIGIN);
    moveTask(b, id, { columnId: a.done, index: 0 }, NOW, ORIGIN);
    syncAll([a.doc, b]);
    const placesA = [a.todo, a.doing, a.done].flatMap((column) => titlesIn(a.doc, column));
    expect(placesA).toEqual(['Scaffold']);
    expect(readProject(a.doc)).toEqual(readProject(b));
  });

  it('deletes a card together with its comments', () => {
    const board = makeBoard();
    const id = mustAdd(board, 'Remove debris');
    addComment(board.doc, { taskId: id, authorId: ALICE, authorName: 'Alice', text: 'done by noon', now: NOW }, ORIGIN);
    expect(readProject(board.doc).comments).toHaveLength(1);
    expect(deleteTask(board.doc, id, ORIGIN).ok).toBe(true);
    expect(readProject(board.doc)).toMatchObject({ tasks: [], comments: [] });
    expect(deleteTask(board.doc, id, ORIGIN)).toEqual({ ok: false, reason: 'task-not-found' });
  });

  it('edits the description as text, so concurrent edits to different lines both survive', () => {
    const a = makeBoard();
    const id = mustAdd(a, 'Site plan');
    updateTask(a.doc, id, { description: 'line one\nline two' }, NOW, ORIGIN);
    const b = new Y.Doc();
    syncAll([a.doc, b]);
    updateTask(a.doc, id, { description: 'line one!\nline two' }, NOW, ORIGIN);
    updateTask(b, id, { description: 'line one\nline two?' }, NOW, ORIGIN);
    syncAll([a.doc, b]);
    expect(readProject(a.doc).tasks[0]?.description).toBe('line one!\nline two?');
  });
});
