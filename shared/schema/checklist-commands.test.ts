import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ChecklistItemId, TaskId } from '../ids';
import { addChecklistItem, removeChecklistItem, renameChecklistItem, setChecklistItemDone } from './checklist-commands';
import { addComment } from './comment-commands';
import { readProject } from './project-read';
import { addTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';

function boardWithCard(): { doc: Y.Doc; taskId: TaskId } {
  const board = makeBoard();
  const added = addTask(board.doc, { columnId: board.todo, title: 'Install windows', createdBy: ALICE, now: NOW }, ORIGIN);
  if (!added.ok) throw new Error(added.reason);
  return { doc: board.doc, taskId: added.value };
}

function mustAddItem(doc: Y.Doc, taskId: TaskId, text: string): ChecklistItemId {
  const result = addChecklistItem(doc, taskId, text, NOW, ORIGIN);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('checklist commands', () => {
  it('adds, ticks, renames and removes items in order', () => {
    const { doc, taskId } = boardWithCard();
    const first = mustAddItem(doc, taskId, 'Measure openings');
    const second = mustAddItem(doc, taskId, 'Order glass');
    setChecklistItemDone(doc, taskId, first, true, NOW, ORIGIN);
    renameChecklistItem(doc, taskId, second, 'Order glass (low-E)', NOW, ORIGIN);
    expect(readProject(doc).tasks[0]?.checklist.map((item) => [item.text, item.done])).toEqual([
      ['Measure openings', true], ['Order glass (low-E)', false],
    ]);
    removeChecklistItem(doc, taskId, first, NOW, ORIGIN);
    expect(readProject(doc).tasks[0]?.checklist.map((item) => item.text)).toEqual(['Order glass (low-E)']);
  });

  it('keeps a tick and a rename of different items made at the same time', () => {
    const { doc: a, taskId } = boardWithCard();
    const first = mustAddItem(a, taskId, 'Frame');
    const second = mustAddItem(a, taskId, 'Seal');
    const b = new Y.Doc();
    syncAll([a, b]);
    setChecklistItemDone(a, taskId, first, true, NOW, ORIGIN);
    renameChecklistItem(b, taskId, second, 'Seal with silicone', NOW, ORIGIN);
    syncAll([a, b]);
    expect(readProject(b).tasks[0]?.checklist.map((item) => [item.text, item.done])).toEqual([
      ['Frame', true], ['Seal with silicone', false],
    ]);
  });

  it('reports missing tasks and items, and empty text', () => {
    const { doc, taskId } = boardWithCard();
    expect(addChecklistItem(doc, taskId, ' ', NOW, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    expect(addChecklistItem(doc, 'task_missing000' as TaskId, 'x', NOW, ORIGIN)).toEqual({ ok: false, reason: 'task-not-found' });
    expect(setChecklistItemDone(doc, taskId, 'item_missing00' as ChecklistItemId, true, NOW, ORIGIN)).toEqual({ ok: false, reason: 'item-not-found' });
  });
});

describe('comment commands', () => {
  it('adds a comment to a card, trimmed, with its author and time', () => {
    const { doc, taskId } = boardWithCard();
    const result = addComment(doc, { taskId, authorId: ALICE, authorName: 'Alice', text: '  East side done.\nWest tomorrow. ', now: NOW }, ORIGIN);
    expect(result.ok).toBe(true);
    expect(readProject(doc).comments).toEqual([
      { id: result.ok ? result.value : '', taskId, authorId: ALICE, authorName: 'Alice', text: 'East side done.\nWest tomorrow.', at: NOW },
    ]);
  });

  it('refuses an empty comment and a comment on a missing card', () => {
    const { doc, taskId } = boardWithCard();
    expect(addComment(doc, { taskId, authorId: ALICE, authorName: 'A', text: '  ', now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    expect(addComment(doc, { taskId: 'task_missing000' as TaskId, authorId: ALICE, authorName: 'A', text: 'x', now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'task-not-found' });
  });
});
