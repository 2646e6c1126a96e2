// Plain task and column records for the briefing and Today tests: only the fields a test cares about.
import type { ColumnId, ProjectId, TaskId, UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import type { Rank } from '../../rank';
import type { Column, Task } from '../../schema/project-types';

export const TODO = 'col_Todo00000001' as ColumnId;
export const DOING = 'col_Doing0000001' as ColumnId;
export const DONE = 'col_Done00000001' as ColumnId;
export const PROJECT = 'proj_Tower000001' as ProjectId;
export const ALICE = 'user_Alice000001' as UserId;
export const BOB = 'user_Bob00000001' as UserId;

export const COLUMNS: readonly Column[] = [
  { id: TODO, title: 'To do', wipLimit: null, rank: 'a0' as Rank },
  { id: DOING, title: 'Doing', wipLimit: null, rank: 'a1' as Rank },
  { id: DONE, title: 'Done', wipLimit: null, rank: 'a2' as Rank },
];

export function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id: id as TaskId, columnId: TODO, title: id, description: '', assignees: [], pendingAssignees: [], dueDate: null, priority: 'normal',
    tags: [], checklist: [], rank: 'a0' as Rank, createdAt: 0, createdBy: null, updatedAt: 0, parentId: null,
    outlineRank: 'a0' as Rank, start: null, duration: 1, percentComplete: 0, scheduleMode: 'auto', constraint: null,
    importKey: null, ...fields,
  };
}

export function day(value: string): IsoDay {
  return value as IsoDay;
}
