import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readColumn, readComment, readProject, readTask } from './project-read';

const TASK_ID = 'task_AAAAAAAAAAA';
const COLUMN_ID = 'col_BBBBBBBBBBBB';

describe('project readers', () => {
  it('fills defaults for a task record with missing fields', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    doc.getMap('tasks').set(TASK_ID, record);
    const task = readTask(TASK_ID, record);
    expect(task).toMatchObject({
      id: TASK_ID, columnId: null, title: '', description: '', assignees: [], dueDate: null,
      priority: 'normal', tags: [], checklist: [], createdAt: 0, createdBy: null,
    });
    expect(typeof task?.rank).toBe('string');
  });

  it('replaces wrong types with defaults instead of throwing', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    doc.getMap('tasks').set(TASK_ID, record);
    record.set('title', 42);
    record.set('dueDate', '2026-02-30');
    record.set('priority', 'extreme');
    record.set('tags', ['not', 'a', 'map']);
    record.set('assignees', 'everyone');
    record.set('rank', 'not a rank!');
    record.set('columnId', { nested: true });
    record.set('createdAt', Number.NaN);
    const task = readTask(TASK_ID, record);
    expect(task).toMatchObject({ title: '', dueDate: null, priority: 'normal', tags: [], assignees: [], columnId: null, createdAt: 0 });
    expect(task?.rank).toBe('zzzzzzzz');
  });

  it('skips records with a malformed id or a non-map value', () => {
    const doc = new Y.Doc();
    doc.getMap('tasks').set('bad id!', new Y.Map());
    doc.getMap('tasks').set(TASK_ID, 'just a string');
    doc.getMap('columns').set(COLUMN_ID, 7);
    const view = readProject(doc);
    expect(view.tasks).toEqual([]);
    expect(view.columns).toEqual([]);
  });

  it('reads a column WIP limit only when it is a positive whole number', () => {
    const doc = new Y.Doc();
    const column = new Y.Map<unknown>();
    doc.getMap('columns').set(COLUMN_ID, column);
    column.set('wipLimit', 3);
    expect(readColumn(COLUMN_ID, column)?.wipLimit).toBe(3);
    column.set('wipLimit', -1);
    expect(readColumn(COLUMN_ID, column)?.wipLimit).toBeNull();
    column.set('wipLimit', 2.5);
    expect(readColumn(COLUMN_ID, column)?.wipLimit).toBeNull();
    column.set('wipLimit', 0);
    expect(readColumn(COLUMN_ID, column)?.wipLimit).toBeNull();
  });

  it('skips comments without a task or text and clamps wrong types', () => {
    expect(readComment('cmt_CCCCCCCCCCC', { text: 'hi' })).toBeNull();
    expect(readComment('cmt_CCCCCCCCCCC', { taskId: TASK_ID })).toBeNull();
    expect(readComment('cmt_CCCCCCCCCCC', null)).toBeNull();
    expect(readComment('cmt_CCCCCCCCCCC', { taskId: TASK_ID, text: 'ok', at: 'yesterday', authorName: 5 })).toMatchObject({
      text: 'ok', at: 0, authorName: '', authorId: null,
    });
  });

  it('reads a description stored as a plain string by an older or foreign writer', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    doc.getMap('tasks').set(TASK_ID, record);
    record.set('description', 'plain text');
    expect(readTask(TASK_ID, record)?.description).toBe('plain text');
  });
});
