import { describe, expect, it } from 'vitest';
import type { LinkId, TaskId } from '../../../shared/ids';
import { ALICE, BOB, COLUMNS, DONE, PROJECT, day, task } from '../../../shared/domain/briefing/briefing-fixtures';
import { buildTodayLists, type TodayLists, type TodayProject } from './today-model';

const TODAY = day('2026-03-04');
const tasks = [
  task('late', { assignees: [ALICE], dueDate: day('2026-03-03') }),
  task('due', { assignees: [ALICE], dueDate: TODAY }),
  task('running', { assignees: [ALICE] }),
  task('soon', { assignees: [ALICE] }),
  task('later', { assignees: [ALICE] }),
  task('waiting', { assignees: [ALICE] }),
  task('done', { assignees: [ALICE], columnId: DONE, dueDate: day('2026-03-01') }),
  task('bobs', { assignees: [BOB], dueDate: TODAY }),
];
const scheduled = new Map([
  ['running', { start: day('2026-03-02'), finish: day('2026-03-06') }],
  ['soon', { start: day('2026-03-06'), finish: day('2026-03-09') }],
  ['later', { start: day('2026-03-20'), finish: day('2026-03-21') }],
  ['waiting', { start: day('2026-03-05'), finish: day('2026-03-06') }],
]);
const link = { id: 'link_1234567890' as LinkId, from: 'running' as TaskId, to: 'waiting' as TaskId, type: 'FS' as const, lag: 0, createdAt: 0 };
const project = (overrides: Partial<TodayProject> = {}): TodayProject => ({ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks, links: [link], scheduled, ...overrides });

function ids(lists: TodayLists): Record<string, string[]> {
  return Object.fromEntries(Object.entries(lists).map(([key, entries]: [string, TodayLists['overdue']]) => [key, entries.map((entry) => entry.task.id)]));
}

describe('buildTodayLists', () => {
  it('puts each of my open tasks in one list; done tasks and other people\'s tasks are left out', () => {
    expect(ids(buildTodayLists([project()], ALICE, TODAY))).toEqual({
      overdue: ['late'], dueToday: ['due'], inProgress: ['running'], startingSoon: ['soon'], blocked: ['waiting'],
    });
  });

  it('after a date change the same tasks move lists', () => {
    expect(ids(buildTodayLists([project()], ALICE, day('2026-03-07')))).toEqual({
      overdue: ['late', 'due', 'running', 'waiting'], dueToday: [], inProgress: ['soon'], startingSoon: [], blocked: [],
    });
  });

  it('a finished predecessor unblocks the task', () => {
    const finished = tasks.map((t) => (t.id === 'running' ? { ...t, columnId: DONE } : t));
    expect(ids(buildTodayLists([project({ tasks: finished })], ALICE, TODAY)).startingSoon).toEqual(['soon', 'waiting']);
  });
});
