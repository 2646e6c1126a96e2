import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupCardsByColumn } from '../domain/board';
import { addColumn, deleteColumn, initProject, moveColumn, readColumns, renameColumn, setColumnWipLimit } from './column-commands';
import { readProject } from './project-read';
import { addTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';

const titles = (doc: Y.Doc): string[] => readColumns(doc).map((column) => column.title);

describe('column commands', () => {
  it('lays out the first columns once', () => {
    const doc = new Y.Doc();
    initProject(doc, ['待办', '进行中', '已完成'], ORIGIN);
    initProject(doc, ['To do'], ORIGIN);
    expect(titles(doc)).toEqual(['待办', '进行中', '已完成']);
  });

  it('adds, renames and reorders columns', () => {
    const board = makeBoard();
    const review = addColumn(board.doc, { title: 'Review', wipLimit: 2 }, ORIGIN);
    if (!review.ok) throw new Error(review.reason);
    expect(titles(board.doc)).toEqual(['To do', 'Doing', 'Done', 'Review']);
    renameColumn(board.doc, review.value, '验收 Review', ORIGIN);
    moveColumn(board.doc, review.value, 2, ORIGIN);
    expect(titles(board.doc)).toEqual(['To do', 'Doing', '验收 Review', 'Done']);
    moveColumn(board.doc, review.value, 0, ORIGIN);
    expect(titles(board.doc)[0]).toBe('验收 Review');
  });

  it('sets and clears a WIP limit, refusing nonsense', () => {
    const board = makeBoard();
    expect(setColumnWipLimit(board.doc, board.doing, 3, ORIGIN).ok).toBe(true);
    expect(readColumns(board.doc)[1]?.wipLimit).toBe(3);
    expect(setColumnWipLimit(board.doc, board.doing, 0, ORIGIN)).toEqual({ ok: false, reason: 'invalid-wip-limit' });
    expect(setColumnWipLimit(board.doc, board.doing, 1.5, ORIGIN)).toEqual({ ok: false, reason: 'invalid-wip-limit' });
    expect(setColumnWipLimit(board.doc, board.doing, null, ORIGIN).ok).toBe(true);
    expect(readColumns(board.doc)[1]?.wipLimit).toBeNull();
  });

  it('moves the cards of a deleted column to the first remaining column', () => {
    const board = makeBoard();
    addTask(board.doc, { columnId: board.todo, title: 'A', createdBy: ALICE, now: NOW }, ORIGIN);
    addTask(board.doc, { columnId: board.doing, title: 'B', createdBy: ALICE, now: NOW }, ORIGIN);
    addTask(board.doc, { columnId: board.doing, title: 'C', createdBy: ALICE, now: NOW }, ORIGIN);
    expect(deleteColumn(board.doc, board.doing, ORIGIN).ok).toBe(true);
    const view = readProject(board.doc);
    expect(view.columns.map((column) => column.title)).toEqual(['To do', 'Done']);
    expect(groupCardsByColumn(view.columns, view.tasks).get(board.todo)?.map((task) => task.title)).toEqual(['A', 'B', 'C']);
  });

  it('refuses to delete the last column', () => {
    const doc = new Y.Doc();
    initProject(doc, ['Only'], ORIGIN);
    const [only] = readColumns(doc);
    expect(only && deleteColumn(doc, only.id, ORIGIN)).toEqual({ ok: false, reason: 'last-column' });
  });

  it('shows a card added to a column deleted at the same time on another device in the first column', () => {
    const a = makeBoard();
    const b = new Y.Doc();
    syncAll([a.doc, b]);
    deleteColumn(a.doc, a.done, ORIGIN);
    addTask(b, { columnId: a.done, title: 'Late card', createdBy: ALICE, now: NOW }, ORIGIN);
    syncAll([a.doc, b]);
    const view = readProject(a.doc);
    const groups = groupCardsByColumn(view.columns, view.tasks);
    expect(groups.get(a.todo)?.map((task) => task.title)).toEqual(['Late card']);
  });
});
