import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeCalendar } from '../calendar/working-calendar';
import { computeSchedule } from './compute-schedule';
import { toScheduleInput } from './from-records';
import type { TaskId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import { addScheduleTask, linkTasks, readProject, updateTask } from '../../schema';
import { ALICE, makeBoard, NOW, ORIGIN } from '../../schema/test-fixtures';
import { captureFirstScreen, FIRST_SCREEN_ROWS, readFirstScreen } from './first-screen';
import { outlineRows } from './outline-rows';

const MONDAY = '2026-03-02' as IsoDay;

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function add(doc: Y.Doc, title: string, parentId: TaskId | null = null): TaskId {
  return value(addScheduleTask(doc, { title, parentId, after: null, duration: 3, createdBy: ALICE, now: NOW }, ORIGIN));
}

function scheduleOf(doc: Y.Doc) {
  const { tasks, links } = readProject(doc);
  return { rows: outlineRows(tasks, new Set()), result: computeSchedule({ ...toScheduleInput(tasks, links), calendar: makeCalendar(), projectStart: MONDAY }) };
}

/** A zone (summary) of `size` tasks, each after the one before. */
function addZone(doc: Y.Doc, name: string, size: number): TaskId[] {
  const zone = add(doc, name);
  const ids: TaskId[] = [];
  for (let i = 0; i < size; i++) {
    const id = add(doc, `${name} task ${i + 1}`, zone);
    const before = ids.at(-1);
    if (before !== undefined) value(linkTasks(doc, { from: before, to: id, type: 'FS', lag: 0 }, NOW, ORIGIN));
    ids.push(id);
  }
  return ids;
}

describe('the Gantt first screen', () => {
  it('reads back the first rows, their links and their scheduled dates as the whole schedule has them', () => {
    const { doc } = makeBoard();
    const first = addZone(doc, 'Foundations', 3);
    const second = addZone(doc, 'Frame', 2);
    value(linkTasks(doc, { from: first[2] as TaskId, to: second[0] as TaskId, type: 'FS', lag: 0 }, NOW, ORIGIN));
    value(updateTask(doc, first[0] as TaskId, { description: 'Pour on a dry day' }, NOW, ORIGIN));
    const { rows, result } = scheduleOf(doc);

    const screen = readFirstScreen(captureFirstScreen(doc, rows, result));

    expect(screen).not.toBeNull();
    const kept = readProject(screen?.doc ?? new Y.Doc());
    expect(outlineRows(kept.tasks, new Set())).toEqual(rows);
    expect(kept.tasks.find((task) => task.id === first[0])?.title).toBe('Foundations task 1');
    // what a row never shows stays out of the device entry
    expect(kept.tasks.find((task) => task.id === first[0])?.description).toBe('');
    expect(kept.links).toHaveLength(readProject(doc).links.length);
    // the second zone starts after the first one ends: dates from the whole schedule, not the rows alone
    expect(screen?.result.tasks.get(second[0] as TaskId)).toEqual(result.tasks.get(second[0] as TaskId));
    expect(screen?.result.projectFinish).toBe(result.projectFinish);
    expect(screen?.result.projectStart).toBe(result.projectStart);
  });

  it('keeps at most the first rows, without a summary whose children fall outside, and only links between kept rows', () => {
    const { doc } = makeBoard();
    const zoneSize = FIRST_SCREEN_ROWS - 2;
    const firstZone = addZone(doc, 'A', zoneSize);
    // row 60 is the summary B; its first child would be row 61
    const secondZone = addZone(doc, 'B', 5);
    value(linkTasks(doc, { from: firstZone[zoneSize - 1] as TaskId, to: secondZone[0] as TaskId, type: 'FS', lag: 0 }, NOW, ORIGIN));
    const { rows, result } = scheduleOf(doc);
    expect(rows[FIRST_SCREEN_ROWS - 1]?.hasChildren).toBe(true);

    const screen = readFirstScreen(captureFirstScreen(doc, rows, result));

    const kept = readProject(screen?.doc ?? new Y.Doc());
    expect(outlineRows(kept.tasks, new Set()).map((row) => row.id)).toEqual(rows.slice(0, FIRST_SCREEN_ROWS - 1).map((row) => row.id));
    expect(kept.links).toHaveLength(zoneSize - 1);
    expect(screen?.result.tasks.size).toBe(FIRST_SCREEN_ROWS - 1);
  });

  it('has nothing to keep for an empty schedule', () => {
    const { doc } = makeBoard();
    const { rows, result } = scheduleOf(doc);
    expect(captureFirstScreen(doc, rows, result)).toBeNull();
  });

  it('ignores a missing, older or damaged entry', () => {
    const { doc } = makeBoard();
    addZone(doc, 'A', 2);
    const { rows, result } = scheduleOf(doc);
    const entry = JSON.parse(captureFirstScreen(doc, rows, result) ?? 'null') as Record<string, unknown>;
    const damaged = (patch: Record<string, unknown>): string => JSON.stringify({ ...entry, ...patch });

    expect(readFirstScreen(JSON.stringify(entry))).not.toBeNull();
    expect(readFirstScreen(null)).toBeNull();
    expect(readFirstScreen('{not json')).toBeNull();
    expect(readFirstScreen(damaged({ v: 0 }))).toBeNull();
    expect(readFirstScreen(damaged({ projectFinish: '2026-13-40' }))).toBeNull();
    expect(readFirstScreen(damaged({ update: 'AAAA' }))).toBeNull();
    expect(readFirstScreen(damaged({ scheduled: [{ id: 'task_x', start: MONDAY }] }))).toBeNull();
    expect(readFirstScreen(damaged({ scheduled: 'all' }))).toBeNull();
  });
});
