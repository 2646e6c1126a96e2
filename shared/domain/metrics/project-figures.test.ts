import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../finance/finance-ids';
import type { IsoDay } from '../../iso-day';
import { fen } from '../../money';
import { addBudgetLine, readFinance, recordCost, recordFund } from '../../schema/finance-exports';
import { addTask, moveTask, readProject, updateTask } from '../../schema';
import { ALICE, makeBoard, NOW, ORIGIN } from '../../schema/test-fixtures';
import { chinaCalendar } from '../calendar/china-calendar';
import { computeProjectFigures, computeTaskFigures, doneColumnId } from './project-figures';

// NOW is 2026-11-23 08:00 UTC, 16:00 in China
const TODAY = '2026-11-23' as IsoDay;
const CHINA = -480;
const MATERIALS = 'materials' as CategoryId;

function boardWithTasks() {
  const board = makeBoard();
  const add = (title: string, column = board.todo) => {
    const added = addTask(board.doc, { columnId: column, title, createdBy: ALICE, now: NOW }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    return added.value;
  };
  return { ...board, add };
}

describe('task figures', () => {
  it('counts tasks per column, done being the last column', () => {
    const board = boardWithTasks();
    board.add('a');
    board.add('b', board.doing);
    const c = board.add('c');
    moveTask(board.doc, c, { columnId: board.done, index: 0 }, NOW, ORIGIN);
    const project = readProject(board.doc);
    const figures = computeTaskFigures({ project, today: TODAY, timeZoneOffsetMinutes: CHINA });
    expect(doneColumnId(project)).toBe(board.done);
    expect(figures.byColumn).toEqual({ [board.todo]: 1, [board.doing]: 1, [board.done]: 1 });
    expect(figures).toMatchObject({ total: 3, open: 2, done: 1, percentComplete: 33.3 });
  });

  it('counts as overdue only open tasks due before today', () => {
    const board = boardWithTasks();
    const late = board.add('late');
    const dueToday = board.add('due today');
    const lateButDone = board.add('late but done');
    updateTask(board.doc, late, { dueDate: '2026-11-22' as IsoDay }, NOW, ORIGIN);
    updateTask(board.doc, dueToday, { dueDate: TODAY }, NOW, ORIGIN);
    updateTask(board.doc, lateButDone, { dueDate: '2026-11-01' as IsoDay }, NOW, ORIGIN);
    moveTask(board.doc, lateButDone, { columnId: board.done, index: 0 }, NOW, ORIGIN);
    const figures = computeTaskFigures({ project: readProject(board.doc), today: TODAY, timeZoneOffsetMinutes: CHINA });
    expect(figures.overdue).toBe(1);
  });

  it('counts done today by the local day of the last change', () => {
    const board = boardWithTasks();
    const morning = board.add('done this morning in China');
    const yesterday = board.add('done yesterday in China');
    // 2026-11-22 17:00 UTC is already 01:00 on the 23rd in China; 15:00 UTC is still the 22nd
    moveTask(board.doc, morning, { columnId: board.done, index: 0 }, Date.UTC(2026, 10, 22, 17), ORIGIN);
    moveTask(board.doc, yesterday, { columnId: board.done, index: 0 }, Date.UTC(2026, 10, 22, 15), ORIGIN);
    const project = readProject(board.doc);
    expect(computeTaskFigures({ project, today: TODAY, timeZoneOffsetMinutes: CHINA }).doneToday).toBe(1);
    expect(computeTaskFigures({ project, today: TODAY, timeZoneOffsetMinutes: 0 }).doneToday).toBe(0);
  });

  it('has no percent complete on an empty board, and nothing done with a single column', () => {
    const empty = computeTaskFigures({ project: readProject(makeBoard().doc), today: TODAY, timeZoneOffsetMinutes: CHINA });
    expect(empty).toMatchObject({ total: 0, done: 0, percentComplete: null });
    const board = boardWithTasks();
    const only = readProject(board.doc);
    const single = { ...only, columns: only.columns.slice(0, 1) };
    expect(doneColumnId(single)).toBeNull();
  });
});

describe('project figures', () => {
  it('leaves out the groups whose inputs are missing', () => {
    const board = boardWithTasks();
    board.add('a');
    const figures = computeProjectFigures({ today: TODAY, timeZoneOffsetMinutes: CHINA, project: readProject(board.doc) });
    expect(Object.keys(figures).sort()).toEqual(['tasks', 'today', 'version']);
  });

  it('adds schedule figures with a calendar', () => {
    const board = boardWithTasks();
    board.add('a');
    const figures = computeProjectFigures({ today: TODAY, timeZoneOffsetMinutes: CHINA, project: readProject(board.doc), calendar: chinaCalendar() });
    expect(figures.schedule).toMatchObject({ lateCriticalTasks: expect.any(Number), baselineFinish: null });
    expect(typeof figures.schedule?.forecastFinish).toBe('string');
  });

  it('reads budget, actual and cash from a finance room', () => {
    const doc = new Y.Doc();
    addBudgetLine(doc, { categoryId: MATERIALS, taskId: null, description: 'steel', amount: fen(100_000) }, ORIGIN);
    recordCost(doc, { day: TODAY, categoryId: MATERIALS, amount: fen(30_000), taskId: null, supplier: 's', invoiceNumber: '', note: '' }, ALICE, NOW, ORIGIN);
    const fund = { status: 'done', dueDay: null, paidDay: TODAY, counterparty: 'owner', workerId: null, categoryId: null, taskId: null, note: '' } as const;
    recordFund(doc, { ...fund, direction: 'receipt', amount: fen(50_000) }, TODAY, NOW, ORIGIN);
    recordFund(doc, { ...fund, direction: 'payment', amount: fen(20_000) }, TODAY, NOW, ORIGIN);
    const figures = computeProjectFigures({ today: TODAY, timeZoneOffsetMinutes: CHINA, finance: readFinance(doc) });
    expect(figures.tasks).toBeUndefined();
    expect(figures.finance).toMatchObject({ budget: 100_000, actual: 30_000, usedPercent: 30, cashIn: 50_000, cashOut: 20_000, cashBalance: 30_000, labourManDays: 0 });
  });
});
