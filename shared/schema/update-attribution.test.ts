import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TaskId } from '../ids';
import { addChecklistItem, setChecklistItemDone } from './checklist-commands';
import { addTask, deleteTask, moveTask, updateTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN } from './test-fixtures';
import { attributeUpdate } from './update-attribution';

/** Runs `edit` and returns the one update it produced, as the relay would have stored it. */
function capture(doc: Y.Doc, edit: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', listener);
  edit();
  doc.off('update', listener);
  return Y.mergeUpdates(updates);
}

function boardWithCard(): { doc: Y.Doc; taskId: TaskId; board: ReturnType<typeof makeBoard> } {
  const board = makeBoard();
  const added = addTask(board.doc, { columnId: board.todo, title: 'Lay bricks', createdBy: ALICE, now: NOW }, ORIGIN);
  if (!added.ok) throw new Error(added.reason);
  return { doc: board.doc, taskId: added.value, board };
}

describe('attributeUpdate', () => {
  it('names the task and the field a title change touched', () => {
    const { doc, taskId } = boardWithCard();
    const update = capture(doc, () => updateTask(doc, taskId, { title: 'Lay bricks, wall B' }, NOW, ORIGIN));
    expect(attributeUpdate(doc, update)).toEqual([{ root: 'tasks', recordId: taskId, fields: ['title', 'updatedAt'], wholeRecord: false }]);
  });

  it('attributes text typed into and deleted from a description to that field', () => {
    const { doc, taskId } = boardWithCard();
    updateTask(doc, taskId, { description: 'use M10 mortar' }, NOW, ORIGIN);
    const deletion = capture(doc, () => updateTask(doc, taskId, { description: 'use mortar' }, NOW, ORIGIN));
    expect(attributeUpdate(doc, deletion)[0]?.fields).toContain('description');
  });

  it('attributes a checklist tick and a move to their fields', () => {
    const { doc, taskId, board } = boardWithCard();
    const item = addChecklistItem(doc, taskId, 'Order bricks', NOW, ORIGIN);
    if (!item.ok) throw new Error(item.reason);
    const tick = capture(doc, () => setChecklistItemDone(doc, taskId, item.value, true, NOW, ORIGIN));
    expect(attributeUpdate(doc, tick)[0]?.fields).toEqual(['checklist', 'updatedAt']);
    const move = capture(doc, () => moveTask(doc, taskId, { columnId: board.doing, index: 0 }, NOW, ORIGIN));
    expect(attributeUpdate(doc, move)[0]?.fields).toEqual(['columnId', 'rank', 'updatedAt']);
  });

  it('marks a created and a deleted card as whole-record changes', () => {
    const { doc, board } = boardWithCard();
    let created = '';
    const creation = capture(doc, () => {
      const added = addTask(doc, { columnId: board.todo, title: 'Plaster', createdBy: ALICE, now: NOW }, ORIGIN);
      if (added.ok) created = added.value;
    });
    expect(attributeUpdate(doc, creation)).toMatchObject([{ recordId: created, wholeRecord: true }]);
    const removal = capture(doc, () => deleteTask(doc, created as TaskId, ORIGIN));
    expect(attributeUpdate(doc, removal)).toMatchObject([{ root: 'tasks', recordId: created, wholeRecord: true }]);
  });

  it('returns nothing for bytes that are not an update', () => {
    const { doc } = boardWithCard();
    expect(attributeUpdate(doc, new Uint8Array([255, 1, 2]))).toEqual([]);
  });
});
