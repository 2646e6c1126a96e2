import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../domain/import/parse-schedule';
import { planImport } from '../domain/import/plan-import';
import type { Sheet } from '../domain/import/sheet-types';
import { applyImport } from './import-commands';
import { readProject } from './project-read';
import * as Y from 'yjs';
import { deleteTask, updateTask } from './task-commands';
import { ALICE, BOB, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

const HEADER = ['WBS', '任务名称', '工期', '开始时间', '前置任务', '负责人', '进度'];
const MAPPING = { wbs: 0, title: 1, duration: 2, start: 3, predecessors: 4, assignees: 5, percent: 6 };
const FILE: Sheet = [
  ['1', '基础工程', null, null, null, null, null],
  ['1.1', '土方开挖', 5, '2026-03-02', null, 'Alice', '100%'],
  ['1.2', '垫层浇筑', 3, null, '1.1FS+1', null, null],
  ['2', '主体结构', 10, null, '1.2SS', '王五', null],
];
const MEMBERS = [{ id: ALICE, name: 'alice' }];

function importInto(doc: ReturnType<typeof makeBoard>['doc'], rows: Sheet, now = NOW) {
  const view = readProject(doc);
  const plan = planImport(parseSchedule([HEADER, ...rows], { headerRow: 0, mapping: MAPPING }), { tasks: view.tasks, links: view.links }, { members: MEMBERS });
  return { plan, result: applyImport(doc, plan, { createdBy: ALICE, now }, ORIGIN) };
}

function outline(doc: ReturnType<typeof makeBoard>['doc']) {
  const { tasks, links } = readProject(doc);
  const keyOf = new Map(tasks.map((task) => [task.id, task.importKey]));
  return {
    tasks: tasks.map((task) => [task.importKey, task.title, task.parentId === null ? null : keyOf.get(task.parentId), task.duration, task.start, task.percentComplete]).sort(),
    links: links.map((link) => [keyOf.get(link.from), keyOf.get(link.to), link.type, link.lag]).sort(),
  };
}

describe('applyImport', () => {
  it('creates the tasks with hierarchy, schedule fields, people and links', () => {
    const { doc, todo } = makeBoard();
    const { result } = importInto(doc, FILE);
    expect(result.ok && result.value.created).toBe(4);
    expect(outline(doc)).toEqual({
      tasks: [['wbs:1', '基础工程', null, 1, null, 0], ['wbs:1.1', '土方开挖', 'wbs:1', 5, '2026-03-02', 100], ['wbs:1.2', '垫层浇筑', 'wbs:1', 3, null, 0], ['wbs:2', '主体结构', null, 10, null, 0]],
      links: [['wbs:1.1', 'wbs:1.2', 'FS', 1], ['wbs:1.2', 'wbs:2', 'SS', 0]],
    });
    const tasks = readProject(doc).tasks;
    expect(tasks.every((task) => task.columnId === todo)).toBe(true);
    expect(tasks.find((task) => task.importKey === 'wbs:1.1')?.assignees).toEqual([ALICE]);
    expect(tasks.find((task) => task.importKey === 'wbs:1.1')?.constraint).toEqual({ kind: 'start-no-earlier-than', day: '2026-03-02' });
  });

  it('keeps a name no member has on its task, and a re-import after that person joined assigns them instead', () => {
    const { doc } = makeBoard();
    importInto(doc, FILE);
    const main = () => readProject(doc).tasks.find((task) => task.importKey === 'wbs:2');
    expect([main()?.assignees, main()?.pendingAssignees]).toEqual([[], ['王五']]);
    expect(readProject(doc).tasks.find((task) => task.importKey === 'wbs:1.1')?.pendingAssignees).toEqual([]);
    const view = readProject(doc);
    const joined = planImport(parseSchedule([HEADER, ...FILE], { headerRow: 0, mapping: MAPPING }), { tasks: view.tasks, links: view.links }, { members: [...MEMBERS, { id: BOB, name: '王五' }] });
    expect(joined.counts.changed).toBe(1);
    applyImport(doc, joined, { createdBy: ALICE, now: NOW + 1 }, ORIGIN);
    expect([main()?.assignees, main()?.pendingAssignees]).toEqual([[BOB], []]);
  });

  it('a re-import and an Assign made meanwhile on another device both survive', () => {
    const { doc } = makeBoard();
    const two: Sheet = [['2', '主体结构', 10, null, null, '王五, 赵六', null]];
    importInto(doc, two);
    const other = new Y.Doc();
    syncAll([doc, other]);
    const onOther = readProject(other).tasks.find((task) => task.importKey === 'wbs:2');
    if (onOther === undefined) throw new Error('the task did not sync');
    // on the other device 赵六 has joined (as BOB) and the card editor's Assign makes the task theirs
    updateTask(other, onOther.id, { assignees: [BOB], pendingAssignees: ['王五'] }, NOW + 1, ORIGIN);
    // meanwhile this device imports the file again with Alice added to the task
    importInto(doc, [['2', '主体结构', 10, null, null, 'Alice, 王五, 赵六', null]], NOW + 2);
    syncAll([doc, other]);
    for (const replica of [doc, other]) {
      const task = readProject(replica).tasks.find((one) => one.importKey === 'wbs:2');
      expect([task?.assignees, task?.pendingAssignees]).toEqual([[ALICE, BOB].sort(), ['王五']]);
    }
  });

  it('writes no kept name for a name the person skipped', () => {
    const { doc } = makeBoard();
    const plan = planImport(parseSchedule([HEADER, ...FILE], { headerRow: 0, mapping: MAPPING }), { tasks: [], links: [] }, { members: MEMBERS, skipNames: ['王五'] });
    applyImport(doc, plan, { createdBy: ALICE, now: NOW }, ORIGIN);
    expect(readProject(doc).tasks.flatMap((task) => task.pendingAssignees)).toEqual([]);
  });

  it('is one undo step', () => {
    const { doc } = makeBoard();
    const undo = makeUndoManager(doc, 'project', ORIGIN);
    importInto(doc, FILE);
    expect(readProject(doc).tasks).toHaveLength(4);
    undo.undo();
    expect(readProject(doc)).toMatchObject({ tasks: [], links: [] });
    expect(undo.canUndo()).toBe(false);
  });

  it('re-importing the same file changes nothing; an edited file updates only the changed tasks', () => {
    const { doc } = makeBoard();
    importInto(doc, FILE);
    const again = importInto(doc, FILE, NOW + 1);
    expect(again.plan.counts).toEqual({ added: 0, changed: 0, unchanged: 4, notInFile: 0 });
    expect(readProject(doc).tasks).toHaveLength(4);
    const edited: Sheet = [FILE[0] ?? [], ['1.1', '土方开挖', 6, '2026-03-02', null, 'Alice', '100%'], ['1.2', '垫层浇筑', 3, null, '1.1FF', null, null], FILE[3] ?? []];
    const { plan } = importInto(doc, edited, NOW + 2);
    expect(plan.tasks.map((entry) => entry.changes)).toEqual([[], ['duration'], ['links'], []]);
    const tasks = readProject(doc).tasks;
    expect(tasks.filter((task) => task.updatedAt === NOW + 2).map((task) => task.importKey).sort()).toEqual(['wbs:1.1', 'wbs:1.2']);
    expect(outline(doc).links).toEqual([['wbs:1.1', 'wbs:1.2', 'FF', 0], ['wbs:1.2', 'wbs:2', 'SS', 0]]);
  });

  it('creates a task again when the one it would update was deleted since the preview', () => {
    const { doc } = makeBoard();
    importInto(doc, FILE);
    const view = readProject(doc);
    const plan = planImport(parseSchedule([HEADER, ...FILE], { headerRow: 0, mapping: MAPPING }), { tasks: view.tasks, links: view.links }, { members: MEMBERS });
    const gone = view.tasks.find((task) => task.importKey === 'wbs:2');
    if (gone) deleteTask(doc, gone.id, ORIGIN);
    applyImport(doc, plan, { createdBy: ALICE, now: NOW }, ORIGIN);
    expect(readProject(doc).tasks.map((task) => task.importKey).sort()).toEqual(['wbs:1', 'wbs:1.1', 'wbs:1.2', 'wbs:2']);
  });
});
