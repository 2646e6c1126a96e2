import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isPendingName } from './pending-name';
import { projectRoots } from './project-roots';
import { readProject } from './project-read';
import { addTask, updateTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN } from './test-fixtures';

const REFUSED = ['王\u0000五', '王五\u0007', 'Wang\tWu', '王五\n李四', '王五\u2028', '\u202e五王', 'Wang\u2066Wu\u2069', '王五\u0085', ' 王五', '王五 ', 'x'.repeat(201)];

describe('kept names (Task.pendingAssignees)', () => {
  it('are one trimmed line of ordinary text within a member name’s length', () => {
    expect(['王五', 'Zhao Liu', 'Ōno Mika', 'x'.repeat(200)].every(isPendingName)).toBe(true);
    expect(REFUSED.filter(isPendingName)).toEqual([]);
  });

  it('a card edit with a control character, separator, bidirectional override or untrimmed name is refused', () => {
    const board = makeBoard();
    const added = addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    for (const name of REFUSED) expect(updateTask(board.doc, added.value, { pendingAssignees: [name] }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-assignee' });
    expect(readProject(board.doc).tasks[0]?.pendingAssignees).toEqual([]);
  });

  it('a document that holds such names (another build, or a hostile peer) shows only the good ones', () => {
    const board = makeBoard();
    const added = addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    const record = projectRoots(board.doc).tasks.get(added.value);
    if (!(record instanceof Y.Map)) throw new Error('no task record');
    const names = new Y.Map<unknown>();
    record.set('pendingAssignees', names);
    for (const name of [...REFUSED, '王五']) names.set(name, true);
    expect(readProject(board.doc).tasks[0]?.pendingAssignees).toEqual(['王五']);
  });
});
