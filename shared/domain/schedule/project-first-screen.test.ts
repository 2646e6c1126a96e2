import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeCalendar } from '../calendar/working-calendar';
import type { TaskId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import { addScheduleTask, linkTasks, readProject } from '../../schema';
import { ALICE, makeBoard, NOW, ORIGIN } from '../../schema/test-fixtures';
import { computeSchedule } from './compute-schedule';
import { readFirstScreen } from './first-screen';
import { toScheduleInput } from './from-records';
import { outlineRows } from './outline-rows';
import { projectFirstScreen } from './project-first-screen';

const MONDAY = '2026-03-02' as IsoDay;

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('the first screen of a project document', () => {
  it('holds the outline rows and the dates the whole schedule gives them, from the project start', () => {
    const { doc } = makeBoard();
    const zone = value(addScheduleTask(doc, { title: 'Zone', parentId: null, after: null, duration: 1, createdBy: ALICE, now: NOW }, ORIGIN));
    const first = value(addScheduleTask(doc, { title: 'Dig', parentId: zone, after: null, duration: 3, createdBy: ALICE, now: NOW }, ORIGIN));
    const second = value(addScheduleTask(doc, { title: 'Pour', parentId: zone, after: first, duration: 2, createdBy: ALICE, now: NOW }, ORIGIN));
    value(linkTasks(doc, { from: first, to: second, type: 'FS', lag: 0 }, NOW, ORIGIN));
    const calendar = makeCalendar();

    const screen = readFirstScreen(projectFirstScreen(doc, { calendar, createdDay: MONDAY }));

    const { tasks, links } = readProject(doc);
    const whole = computeSchedule({ ...toScheduleInput(tasks, links), calendar, projectStart: MONDAY });
    expect(screen).not.toBeNull();
    const kept = readProject(screen?.doc ?? new Y.Doc());
    expect(outlineRows(kept.tasks, new Set())).toEqual(outlineRows(tasks, new Set()));
    expect(screen?.result.tasks.get(second as TaskId)).toEqual(whole.tasks.get(second as TaskId));
    expect(screen?.result.tasks.get(first as TaskId)?.start).toBe(MONDAY);
    expect(screen?.result.projectFinish).toBe(whole.projectFinish);
  });

  it('is null for a project without tasks', () => {
    const { doc } = makeBoard();
    expect(projectFirstScreen(doc, { calendar: makeCalendar(), createdDay: MONDAY })).toBeNull();
  });
});
