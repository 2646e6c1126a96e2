import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeCalendar } from '../domain/calendar/working-calendar';
import { computeSchedule } from '../domain/schedule/compute-schedule';
import { toScheduleInput } from '../domain/schedule/from-records';
import { wbsCodes } from '../domain/schedule/wbs-codes';
import type { TaskId } from '../ids';
import type { IsoDay } from '../iso-day';
import { autoSchedule } from './auto-schedule';
import { deleteBaseline, saveBaseline } from './baseline-commands';
import { linkTasks, unlinkTasks, updateLink } from './link-commands';
import { indentTask, moveTaskInOutline, outdentTask } from './outline-commands';
import { readProject } from './project-read';
import { addScheduleTask, updateTaskSchedule } from './schedule-commands';
import { deleteTask } from './task-commands';
import { ALICE, makeBoard, NOW, ORIGIN, syncAll } from './test-fixtures';
import { makeUndoManager } from './undo';

const MONDAY = '2026-03-02' as IsoDay;
const calendar = makeCalendar();

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function add(doc: Y.Doc, title: string, options: { parentId?: TaskId | null; after?: TaskId | null; duration?: number } = {}): TaskId {
  return value(addScheduleTask(doc, { title, parentId: options.parentId ?? null, after: options.after ?? null, duration: options.duration, createdBy: ALICE, now: NOW }, ORIGIN));
}

function codes(doc: Y.Doc): Record<string, string> {
  const { tasks } = readProject(doc);
  const byCode = wbsCodes(tasks);
  return Object.fromEntries(tasks.map((task) => [task.title, byCode.get(task.id) ?? '?']));
}

describe('schedule commands', () => {
  it('adds tasks into the outline (last by default, or after a sibling) and onto the board’s first column', () => {
    const board = makeBoard();
    const site = add(board.doc, 'Site works');
    const dig = add(board.doc, 'Excavate', { parentId: site });
    add(board.doc, 'Backfill', { parentId: site });
    add(board.doc, 'Survey', { parentId: site, after: dig });
    expect(codes(board.doc)).toEqual({ 'Site works': '1', Excavate: '1.1', Survey: '1.2', Backfill: '1.3' });
    expect(readProject(board.doc).tasks.every((task) => task.columnId === board.todo)).toBe(true);
    expect(addScheduleTask(board.doc, { title: 'x', parentId: 'task_missing0000' as TaskId, after: null, createdBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'parent-not-found' });
    expect(addScheduleTask(board.doc, { title: 'x', parentId: null, after: dig, createdBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'sibling-not-found' });
  });

  it('indents under the task above and outdents to just after the parent', () => {
    const board = makeBoard();
    const a = add(board.doc, 'A');
    const b = add(board.doc, 'B');
    const c = add(board.doc, 'C');
    value(indentTask(board.doc, b, NOW, ORIGIN));
    value(indentTask(board.doc, c, NOW, ORIGIN));
    expect(codes(board.doc)).toEqual({ A: '1', B: '1.1', C: '1.2' });
    value(outdentTask(board.doc, b, NOW, ORIGIN));
    expect(codes(board.doc)).toEqual({ A: '1', B: '2', C: '1.1' });
    expect(indentTask(board.doc, a, NOW, ORIGIN)).toEqual({ ok: false, reason: 'nothing-to-do' });
    expect(moveTaskInOutline(board.doc, a, { parentId: c, after: null }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'would-nest-in-itself' });
  });

  it('validates schedule edits and writes only what changed', () => {
    const board = makeBoard();
    const id = add(board.doc, 'Pour slab');
    value(updateTaskSchedule(board.doc, id, { start: MONDAY, duration: 3, percentComplete: 40, scheduleMode: 'manual', constraint: { kind: 'finish-no-later-than', day: '2026-03-20' as IsoDay } }, NOW, ORIGIN));
    expect(readProject(board.doc).tasks[0]).toMatchObject({ start: MONDAY, duration: 3, percentComplete: 40, scheduleMode: 'manual', constraint: { kind: 'finish-no-later-than', day: '2026-03-20' } });
    expect(updateTaskSchedule(board.doc, id, { duration: 1.5 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-duration' });
    expect(updateTaskSchedule(board.doc, id, { percentComplete: 101 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-percent' });
    expect(updateTaskSchedule(board.doc, id, { start: '2026-13-01' as IsoDay }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-start' });
    expect(updateTaskSchedule(board.doc, id, { constraint: { kind: 'must-start-on', day: MONDAY } as never }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-constraint' });
  });

  it('links tasks, refusing self links, duplicates and loops, and edits or removes links', () => {
    const board = makeBoard();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => add(board.doc, title)) as [TaskId, TaskId, TaskId];
    const ab = value(linkTasks(board.doc, { from: a, to: b, type: 'FS', lag: 2 }, NOW, ORIGIN));
    value(linkTasks(board.doc, { from: b, to: c, type: 'SS', lag: -1 }, NOW, ORIGIN));
    expect(linkTasks(board.doc, { from: a, to: a, type: 'FS', lag: 0 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'same-task' });
    expect(linkTasks(board.doc, { from: a, to: b, type: 'SS', lag: 0 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'duplicate-link' });
    expect(linkTasks(board.doc, { from: c, to: a, type: 'FS', lag: 0 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'would-create-cycle' });
    expect(linkTasks(board.doc, { from: a, to: c, type: 'FS', lag: 0.5 }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-lag' });
    value(updateLink(board.doc, ab, { type: 'FF', lag: 0 }, ORIGIN));
    expect(readProject(board.doc).links.find((link) => link.id === ab)).toMatchObject({ type: 'FF', lag: 0 });
    value(unlinkTasks(board.doc, ab, ORIGIN));
    expect(readProject(board.doc).links.map((link) => [link.from, link.to])).toEqual([[b, c]]);
  });

  it('deleting a task removes its links and hands its children to its parent', () => {
    const board = makeBoard();
    const top = add(board.doc, 'Top');
    const middle = add(board.doc, 'Middle', { parentId: top });
    const leaf = add(board.doc, 'Leaf', { parentId: middle });
    const other = add(board.doc, 'Other');
    value(linkTasks(board.doc, { from: middle, to: other, type: 'FS', lag: 0 }, NOW, ORIGIN));
    value(deleteTask(board.doc, middle, ORIGIN));
    const view = readProject(board.doc);
    expect(view.links).toEqual([]);
    expect(view.tasks.find((task) => task.id === leaf)?.parentId).toBe(top);
  });

  it('auto-schedules every auto task to its earliest start in one undo step, leaving manual tasks where they are', () => {
    const board = makeBoard();
    const undo = makeUndoManager(board.doc, 'project', ORIGIN);
    const a = add(board.doc, 'A', { duration: 3 });
    const b = add(board.doc, 'B', { duration: 2 });
    const fixed = add(board.doc, 'Fixed', { duration: 1 });
    value(updateTaskSchedule(board.doc, fixed, { start: MONDAY, scheduleMode: 'manual' }, NOW, ORIGIN));
    value(linkTasks(board.doc, { from: a, to: b, type: 'FS', lag: 0 }, NOW, ORIGIN));
    value(linkTasks(board.doc, { from: b, to: fixed, type: 'FS', lag: 0 }, NOW, ORIGIN));
    undo.stopCapturing();

    const outcome = value(autoSchedule(board.doc, calendar, MONDAY, NOW, ORIGIN));
    const starts = (): Record<string, string | null> => Object.fromEntries(readProject(board.doc).tasks.map((task) => [task.title, task.start]));
    expect(starts()).toEqual({ A: '2026-03-02', B: '2026-03-05', Fixed: '2026-03-02' });
    expect(outcome.moved).toBe(2);
    expect(outcome.violations).toHaveLength(1);
    expect(value(autoSchedule(board.doc, calendar, MONDAY, NOW, ORIGIN)).moved).toBe(0);

    undo.undo();
    expect(starts()).toEqual({ A: null, B: null, Fixed: '2026-03-02' });
  });

  it('does not write a start on summary tasks: their dates are rolled up from their children', () => {
    const board = makeBoard();
    const phase = add(board.doc, 'Phase');
    add(board.doc, 'Dig', { parentId: phase, duration: 2 });
    expect(value(autoSchedule(board.doc, calendar, MONDAY, NOW, ORIGIN)).moved).toBe(1);
    expect(Object.fromEntries(readProject(board.doc).tasks.map((task) => [task.title, task.start]))).toEqual({ Phase: null, Dig: '2026-03-02' });
  });

  it('saves a baseline of the computed dates as one immutable value, and deletes it', () => {
    const board = makeBoard();
    const a = add(board.doc, 'A', { duration: 5 });
    const id = value(saveBaseline(board.doc, { name: ' Contract ', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN));
    const [baseline] = readProject(board.doc).baselines;
    expect(baseline).toEqual({ id, name: 'Contract', savedAt: NOW, savedBy: ALICE, tasks: { [a]: { start: '2026-03-02', finish: '2026-03-06', duration: 5 } } });
    expect(saveBaseline(board.doc, { name: '  ', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    value(deleteBaseline(board.doc, id, ORIGIN));
    expect(readProject(board.doc).baselines).toEqual([]);
  });

  it('survives links two offline devices add that together make a loop: the engine reports it instead of hanging', () => {
    const one = makeBoard();
    const a = add(one.doc, 'A');
    const b = add(one.doc, 'B');
    const two = new Y.Doc();
    syncAll([one.doc, two]);
    value(linkTasks(one.doc, { from: a, to: b, type: 'FS', lag: 0 }, NOW, ORIGIN));
    value(linkTasks(two, { from: b, to: a, type: 'FS', lag: 0 }, NOW, ORIGIN));
    syncAll([one.doc, two]);
    const { tasks, links } = readProject(two);
    expect(links).toHaveLength(2);
    const result = computeSchedule({ ...toScheduleInput(tasks, links), calendar, projectStart: MONDAY });
    expect(result.cycles.map((cycle) => [...cycle].sort())).toEqual([[a, b].sort()]);
  });

  it('survives two devices re-parenting tasks under each other at once: readers, codes, commands and the engine all finish', () => {
    const one = makeBoard();
    const a = add(one.doc, 'A', { duration: 2 });
    const b = add(one.doc, 'B', { duration: 3 });
    const two = new Y.Doc();
    syncAll([one.doc, two]);
    value(moveTaskInOutline(one.doc, a, { parentId: b, after: null }, NOW, ORIGIN));
    value(moveTaskInOutline(two, b, { parentId: a, after: null }, NOW, ORIGIN));
    syncAll([one.doc, two]);
    const { tasks, links } = readProject(two);
    expect(tasks.map((task) => task.parentId).sort()).toEqual([a, b].sort());
    // the looping pair reads as two top-level tasks, the same on both devices
    expect(Object.values(codes(two)).sort()).toEqual(['1', '2']);
    expect(codes(one.doc)).toEqual(codes(two));
    const result = computeSchedule({ ...toScheduleInput(tasks, links), calendar, projectStart: MONDAY });
    expect(result.tasks.size).toBe(2);
    expect(value(autoSchedule(two, calendar, MONDAY, NOW, ORIGIN)).moved).toBe(2);
    // and the loop can be repaired: moving one of them to the top level is not refused as nesting in itself
    value(moveTaskInOutline(two, a, { parentId: null, after: null }, NOW, ORIGIN));
    expect(codes(two)).toEqual({ A: '1', B: '1.1' });
  });

  it('keeps both of two concurrent edits to different schedule fields of one task', () => {
    const one = makeBoard();
    const id = add(one.doc, 'A');
    const two = new Y.Doc();
    syncAll([one.doc, two]);
    value(updateTaskSchedule(one.doc, id, { duration: 4 }, NOW, ORIGIN));
    value(updateTaskSchedule(two, id, { percentComplete: 50 }, NOW, ORIGIN));
    syncAll([one.doc, two]);
    expect(readProject(one.doc).tasks[0]).toMatchObject({ duration: 4, percentComplete: 50 });
    expect(readProject(two).tasks).toEqual(readProject(one.doc).tasks);
  });
});
