import { describe, expect, it } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { planImport, type ExistingLink, type ExistingTask } from './plan-import';
import type { IsoDay } from '../../iso-day';
import type { Sheet } from './sheet-types';

const HEADER = ['WBS', '任务名称', '工期', '开始时间', '前置任务', '负责人', '进度'];
const MAPPING = { wbs: 0, title: 1, duration: 2, start: 3, predecessors: 4, assignees: 5, percent: 6 };
const MEMBERS = [{ id: 'user-zhang', name: '张三' }, { id: 'user-li', name: 'Li Si' }];

function parse(rows: Sheet) {
  return parseSchedule([HEADER, ...rows], { headerRow: 0, mapping: MAPPING });
}

function task(id: string, key: string | null, patch: Partial<ExistingTask> = {}): ExistingTask {
  return { id, title: '', description: '', parentId: null, duration: 1, percentComplete: 0, constraint: null, assignees: [], importKey: key, ...patch };
}

const FILE: Sheet = [
  ['1', '基础', null, null, null, null, null],
  ['1.1', '开挖', 5, '2026-03-02', null, '张三', '100%'],
  ['1.2', '浇筑', 3, null, '1.1FS+1', 'li si, 王五', null],
];

describe('planImport', () => {
  it('adds every row into an empty project, matching names to members and listing unknown ones', () => {
    const plan = planImport(parse(FILE), { tasks: [], links: [] }, { members: MEMBERS });
    expect(plan.tasks.map((entry) => [entry.status, entry.assignees, entry.isSummary, entry.start])).toEqual([
      ['added', [], true, null], ['added', ['user-zhang'], false, '2026-03-02'], ['added', ['user-li'], false, null],
    ]);
    expect(plan.unknownAssignees).toEqual(['王五']);
    expect(plan.counts).toEqual({ added: 3, changed: 0, unchanged: 0, notInFile: 0 });
  });

  it('keeps a name no member has on its task unless the person skips it', () => {
    const kept = planImport(parse(FILE), { tasks: [], links: [] }, { members: MEMBERS });
    expect(kept.tasks.map((entry) => entry.pendingNames)).toEqual([[], [], ['王五']]);
    const skipped = planImport(parse(FILE), { tasks: [], links: [] }, { members: MEMBERS, skipNames: ['王五'] });
    expect(skipped.tasks.map((entry) => entry.pendingNames)).toEqual([[], [], []]);
    // a skipped name is still listed, so the choice can be changed back
    expect(skipped.unknownAssignees).toEqual(['王五']);
  });

  it('on a re-import, a kept name that is now a member becomes that member and leaves the kept names', () => {
    const earlier = [task('t3', 'wbs:1.2', { title: '浇筑', duration: 3, assignees: ['user-li'], pendingAssignees: ['王五'] })];
    const rows = parse([['1.2', '浇筑', 3, null, null, 'li si, 王五', null]]);
    expect(planImport(rows, { tasks: earlier, links: [] }, { members: MEMBERS }).tasks[0]?.status).toBe('unchanged');
    const joined = planImport(rows, { tasks: earlier, links: [] }, { members: [...MEMBERS, { id: 'user-wang', name: '王五' }] }).tasks[0];
    expect([joined?.status, joined?.changes, joined?.assignees, joined?.pendingNames]).toEqual(['changed', ['assignees'], ['user-li', 'user-wang'], []]);
    // skipping a name kept before takes it off the task
    const dropped = planImport(rows, { tasks: earlier, links: [] }, { members: MEMBERS, skipNames: ['王五'] }).tasks[0];
    expect([dropped?.changes, dropped?.pendingNames]).toEqual([['assignees'], []]);
  });

  it('keeps only names a task can hold, so a re-import of the same file reports no change', () => {
    // a tab inside a name, a bidirectional override, a name longer than any member's
    const rows = parse([['1.2', '浇筑', 3, null, null, `li si, 王\t五, \u202e七钱, ${'赵'.repeat(201)}`, null]]);
    const first = planImport(rows, { tasks: [], links: [] }, { members: MEMBERS }).tasks[0];
    expect(first?.pendingNames).toEqual([]);
    // what applyImport then stored on the task: the member, and no kept names
    const earlier = [task('t3', 'wbs:1.2', { title: '浇筑', duration: 3, assignees: ['user-li'], pendingAssignees: [] })];
    expect(planImport(rows, { tasks: earlier, links: [] }, { members: MEMBERS }).tasks[0]?.status).toBe('unchanged');
  });

  it('matches tasks of an earlier import by key and reports only what differs', () => {
    const tasks = [
      task('t1', 'wbs:1', { title: '基础' }),
      task('t2', 'wbs:1.1', { title: '开挖', parentId: 't1', duration: 5, percentComplete: 100, assignees: ['user-zhang'], constraint: { kind: 'start-no-earlier-than', day: '2026-03-02' as IsoDay } }),
      task('t3', 'wbs:1.2', { title: '浇筑', parentId: 't1', duration: 4, assignees: ['user-li'], pendingAssignees: ['王五'] }),
      task('t4', 'wbs:9', { title: '旧任务' }),
      task('t5', null, { title: 'made by hand' }),
    ];
    const links: ExistingLink[] = [{ id: 'l1', from: 't2', to: 't3', type: 'FS', lag: 1 }];
    const plan = planImport(parse(FILE), { tasks, links }, { members: MEMBERS });
    expect(plan.tasks.map((entry) => [entry.existingId, entry.status, entry.changes])).toEqual([
      ['t1', 'unchanged', []], ['t2', 'unchanged', []], ['t3', 'changed', ['duration']],
    ]);
    expect(plan.notInFile).toEqual(['t4']);
    expect(plan.counts).toEqual({ added: 0, changed: 1, unchanged: 2, notInFile: 1 });
  });

  it('sees a changed link type, a new parent and a new start', () => {
    const tasks = [task('t1', 'wbs:1', { title: '基础' }), task('t2', 'wbs:1.1', { title: '开挖', duration: 5, percentComplete: 100, assignees: ['user-zhang'] }),
      task('t3', 'wbs:1.2', { title: '浇筑', parentId: 't1', duration: 3, assignees: ['user-li'], pendingAssignees: ['王五'] })];
    const links: ExistingLink[] = [{ id: 'l1', from: 't2', to: 't3', type: 'SS', lag: 1 }];
    const plan = planImport(parse(FILE), { tasks, links }, { members: MEMBERS });
    expect(plan.tasks.map((entry) => entry.changes)).toEqual([[], ['parent', 'start'], ['links']]);
  });

  it('ignores links from tasks the import did not create', () => {
    const tasks = [task('t1', 'wbs:1', { title: '基础' }), task('hand', null, { title: 'x' })];
    const plan = planImport(parse([FILE[0] ?? []]), { tasks, links: [{ id: 'l', from: 'hand', to: 't1', type: 'FS', lag: 0 }] }, { members: [] });
    expect(plan.tasks[0]?.status).toBe('unchanged');
  });
});
