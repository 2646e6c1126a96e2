// Earned value in a finance snapshot, against fixture documents built with the schema commands: the
// textbook example (BAC 10,000; PV 5,000, EV 4,000, AC 4,500 on Friday 6 March 2026) as a project
// room with a saved baseline and a finance room with budget lines tied to its tasks.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import { fen, yuan, type Fen } from '../../money';
import { addBudgetLine, addScheduleTask, readFinance, readProject, recordCost, saveBaseline, updateTaskSchedule } from '../../schema';
import { ALICE, makeBoard, NOW, ORIGIN } from '../../schema/test-fixtures';
import { buildWorkingCalendar } from '../calendar/build-working-calendar';
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar/calendar-settings';
import { chinaCalendar } from '../calendar/china-calendar';
import { makeCalendar, type WorkingCalendar } from '../calendar/working-calendar';
import type { CategoryId } from '../finance/finance-ids';
import { computeProjectFigures } from './project-figures';

const MONDAY = '2026-03-02' as IsoDay;
const FRIDAY = '2026-03-06' as IsoDay;
const MATERIALS = 'materials' as CategoryId;
const calendar = makeCalendar();

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function projectRoomWithTasks() {
  const board = makeBoard();
  const task = (title: string, start: string): TaskId => {
    const id = value(addScheduleTask(board.doc, { title, parentId: null, after: null, duration: 5, createdBy: ALICE, now: NOW }, ORIGIN));
    value(updateTaskSchedule(board.doc, id, { start: start as IsoDay, scheduleMode: 'manual' }, NOW, ORIGIN));
    return id;
  };
  return { doc: board.doc, a: task('A', MONDAY), b: task('B', '2026-03-09') };
}

function financeRoom(lines: readonly { taskId: TaskId | null; amount: Fen }[]) {
  const doc = new Y.Doc();
  for (const line of lines) value(addBudgetLine(doc, { categoryId: MATERIALS, taskId: line.taskId, description: 'line', amount: line.amount }, ORIGIN));
  const cost = (day: string, amount: number) =>
    value(recordCost(doc, { day: day as IsoDay, categoryId: MATERIALS, amount: yuan(amount), taskId: null, supplier: '', invoiceNumber: '', note: '' }, ALICE, NOW, ORIGIN));
  cost('2026-03-03', 2_500);
  cost(FRIDAY, 2_000);
  cost('2026-03-09', 900); // after the snapshot day: not in AC yet
  return doc;
}

const snapshot = (project: Y.Doc, finance: Y.Doc, today: IsoDay = FRIDAY, workingCalendar: WorkingCalendar = calendar) => {
  const { tasks, baselines } = readProject(project);
  return computeProjectFigures({ today, timeZoneOffsetMinutes: -480, finance: readFinance(finance), earnedValue: { project: { tasks, baselines }, calendar: workingCalendar } }).finance?.earnedValue;
};

describe('earned value in a finance snapshot', () => {
  it('reproduces the textbook figures from the latest baseline, with untied budget reported apart', () => {
    const project = projectRoomWithTasks();
    value(saveBaseline(project.doc, { name: 'Contract', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project.doc, project.a, { percentComplete: 80 }, NOW, ORIGIN));
    const finance = financeRoom([
      { taskId: project.a, amount: yuan(5_000) },
      { taskId: project.b, amount: yuan(5_000) },
      { taskId: null, amount: yuan(1_000) },
    ]);
    const latest = readProject(project.doc).baselines[0];
    expect(snapshot(project.doc, finance)).toEqual({
      state: 'ready',
      baselineId: latest?.id,
      bac: yuan(10_000), pv: yuan(5_000), ev: yuan(4_000), ac: yuan(4_500),
      sv: yuan(-1_000), cv: yuan(-500),
      spi: 0.8, cpi: 4_000 / 4_500,
      eac: yuan(11_250), etc: yuan(6_750), vac: yuan(-1_250),
      unspreadBudget: yuan(1_000),
    });
  });

  it('takes the baseline saved last', () => {
    const project = projectRoomWithTasks();
    value(saveBaseline(project.doc, { name: 'Old', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN));
    // B slips a week before the second baseline: its planned value on Friday the 13th is then 0
    value(updateTaskSchedule(project.doc, project.b, { start: '2026-03-16' as IsoDay }, NOW, ORIGIN));
    const newer = value(saveBaseline(project.doc, { name: 'Re-plan', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW + 1 }, ORIGIN));
    const finance = financeRoom([{ taskId: project.b, amount: yuan(5_000) }]);
    expect(snapshot(project.doc, finance, '2026-03-13' as IsoDay)).toMatchObject({ state: 'ready', baselineId: newer, bac: yuan(5_000), pv: fen(0), ac: yuan(5_400) });
  });

  it('says why there is no earned value: no baseline, or no budget tied to a baseline task', () => {
    const project = projectRoomWithTasks();
    const finance = financeRoom([{ taskId: project.a, amount: yuan(5_000) }]);
    expect(snapshot(project.doc, finance)).toEqual({ state: 'no-baseline' });
    const id = value(saveBaseline(project.doc, { name: 'Contract', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN));
    const untied = financeRoom([{ taskId: null, amount: yuan(700) }]);
    expect(snapshot(project.doc, untied)).toEqual({ state: 'no-budget', baselineId: id, unspreadBudget: yuan(700) });
  });

  it('is left out when the project room was not read', () => {
    const figures = computeProjectFigures({ today: FRIDAY, timeZoneOffsetMinutes: -480, finance: readFinance(financeRoom([])) });
    expect(figures.finance && 'earnedValue' in figures.finance).toBe(false);
  });

  it('spreads planned value over the calendar it is given: a workspace with a day off of its own differs from the China preset', () => {
    const project = projectRoomWithTasks();
    value(saveBaseline(project.doc, { name: 'Contract', calendar, projectStart: MONDAY, savedBy: ALICE, now: NOW }, ORIGIN));
    const finance = financeRoom([{ taskId: project.a, amount: yuan(6_000) }]);
    const wednesday = '2026-03-04' as IsoDay;
    // A runs Monday 2 to Friday 6 March in the baseline. The preset counts 5 working days, 3 of them by
    // Wednesday; a team with Tuesday 3 March off (a site shutdown) spreads it over 4, 2 of them by Wednesday.
    const shutdown = buildWorkingCalendar({ ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] });
    expect(snapshot(project.doc, finance, wednesday, chinaCalendar())).toMatchObject({ state: 'ready', pv: yuan(3_600) });
    expect(snapshot(project.doc, finance, wednesday, shutdown)).toMatchObject({ state: 'ready', pv: yuan(3_000) });
  });
});
