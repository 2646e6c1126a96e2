import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { ChecklistItemId, ColumnId, TaskId, UserId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import type { Rank } from '../../../shared/rank';
import type { Column, Task } from '../../../shared/schema';
import { boardExportTable } from './board-export';

const column = (id: string, title: string): Column => ({ id: id as ColumnId, title, wipLimit: null, rank: id as Rank });
const card = (id: string, fields: Partial<Task>): Task => ({
  id: id as TaskId, columnId: null, title: id, description: '', assignees: [], pendingAssignees: [], dueDate: null, priority: 'normal', tags: [], checklist: [],
  rank: 'a' as Rank, createdAt: 0, createdBy: null, updatedAt: 0, parentId: null, outlineRank: 'a' as Rank, start: null, duration: 1,
  percentComplete: 0, scheduleMode: 'auto', constraint: null, importKey: null, ...fields,
});
const text = {
  headers: ['Column', 'Card', 'Assignees', 'Due', 'Priority', 'Progress %', 'Tags', 'Checklist done', 'Checklist items', 'Description'] as const,
  priority: (priority: string) => priority.toUpperCase(),
  nameOf: (id: string) => ({ u1: 'Ann Wang', u2: 'Bo Li' })[id] ?? 'Former member',
};

describe('boardExportTable', () => {
  it('writes the cards column by column as given, with names, the due day as a date and the checklist as numbers', () => {
    const todo = column('c1', 'To do');
    const done = column('c2', 'Done');
    const cards = new Map([
      [todo.id, [card('Pour slab', {
        assignees: ['u1', 'u2'] as UserId[], pendingAssignees: ['王五'], dueDate: '2026-03-05' as IsoDay, priority: 'high', percentComplete: 40, tags: ['concrete', 'L2'],
        checklist: [{ id: 'i1' as ChecklistItemId, text: 'a', done: true, rank: 'a' as Rank }, { id: 'i2' as ChecklistItemId, text: 'b', done: false, rank: 'b' as Rank }],
        description: '=cmd|calc',
      })]],
      [done.id, [card('Excavate', { percentComplete: 100 })]],
    ]);
    const table = boardExportTable([todo, done], cards, text);
    expect(table.rows[0]?.[3]).toEqual({ kind: 'day', value: '2026-03-05' });
    expect(writeCsv(table).split('\r\n')).toEqual([
      '\uFEFFColumn,Card,Assignees,Due,Priority,Progress %,Tags,Checklist done,Checklist items,Description',
      `To do,Pour slab,"Ann Wang, Bo Li, 王五",2026-03-05,HIGH,40,"concrete, L2",1,2,'=cmd|calc`,
      'Done,Excavate,,,NORMAL,100,,0,0,',
      '',
    ]);
  });

  it('leaves out a column with no cards shown (the filters left none)', () => {
    expect(boardExportTable([column('c1', 'To do')], new Map(), text).rows).toEqual([]);
  });
});
