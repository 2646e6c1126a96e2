import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { yuan } from '../../shared/money';
import type { IsoDay } from '../../shared/iso-day';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import { addBudgetLine, addScheduleTask, DEFAULT_CALENDAR_SETTINGS, initProject, recordCost, saveBaseline, setCalendarSettings, updateTaskSchedule } from '../../shared/schema';
import { financeRoom, projectRoom, workspaceRoom } from '../../shared/schema/room-name';
import { createMemoryStore } from '../store/memory-store';
import { snapshotFigures } from './snapshot-figures';

const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };
const ORIGIN = { name: 'snapshot-figures-test' };
const NOW = Date.UTC(2026, 2, 6, 4, 0, 0); // Friday 6 March 2026, 12:00 in China

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('snapshot figures', () => {
  it('gives a finance room earned value from the stored project room of the same project', async () => {
    const store = createMemoryStore();
    const project = new Y.Doc();
    initProject(project, ['To do', 'Done'], ORIGIN);
    const task = value(addScheduleTask(project, { title: 'Dig', parentId: null, after: null, duration: 5, createdBy: null, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project, task, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual', percentComplete: 50 }, NOW, ORIGIN));
    value(saveBaseline(project, { name: 'Contract', calendar: chinaCalendar(), projectStart: '2026-03-02' as IsoDay, savedBy: null, now: NOW }, ORIGIN));
    await store.append(projectRoom('evmProject01'), Y.encodeStateAsUpdate(project), META);
    const finance = new Y.Doc();
    value(addBudgetLine(finance, { categoryId: 'labour' as CategoryId, taskId: task, description: 'dig', amount: yuan(1_000) }, ORIGIN));
    value(recordCost(finance, { day: '2026-03-04' as IsoDay, categoryId: 'labour' as CategoryId, amount: yuan(600), taskId: task, supplier: '', invoiceNumber: '', note: '' }, null, NOW, ORIGIN));
    await store.append(financeRoom('evmProject01'), Y.encodeStateAsUpdate(finance), META);

    const figures = (await snapshotFigures(store, financeRoom('evmProject01'), NOW)) as ProjectFigures;
    expect(figures.today).toBe('2026-03-06');
    expect(figures.finance?.earnedValue).toMatchObject({ state: 'ready', bac: yuan(1_000), pv: yuan(1_000), ev: yuan(500), ac: yuan(600) });
  });

  it('says there is no baseline when the project room was never stored', async () => {
    const store = createMemoryStore();
    await store.append(financeRoom('lonelyFinance'), Y.encodeStateAsUpdate(new Y.Doc()), META);
    const figures = (await snapshotFigures(store, financeRoom('lonelyFinance'), NOW)) as ProjectFigures;
    expect(figures.finance?.earnedValue).toEqual({ state: 'no-baseline' });
  });

  it('spreads planned value over the workspace calendar’s working days, not the China preset’s', async () => {
    const store = createMemoryStore();
    const project = new Y.Doc();
    initProject(project, ['To do', 'Done'], ORIGIN);
    const task = value(addScheduleTask(project, { title: 'Dig', parentId: null, after: null, duration: 5, createdBy: null, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project, task, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual', percentComplete: 0 }, NOW, ORIGIN));
    value(saveBaseline(project, { name: 'Contract', calendar: chinaCalendar(), projectStart: '2026-03-02' as IsoDay, savedBy: null, now: NOW }, ORIGIN));
    await store.append(projectRoom('calProject01'), Y.encodeStateAsUpdate(project), META);
    const finance = new Y.Doc();
    value(addBudgetLine(finance, { categoryId: 'labour' as CategoryId, taskId: task, description: 'dig', amount: yuan(1_000) }, ORIGIN));
    await store.append(financeRoom('calProject01'), Y.encodeStateAsUpdate(finance), META);
    // the team stopped work on Tuesday 3 March (a site shutdown): a day off on top of the preset
    const workspace = new Y.Doc();
    value(setCalendarSettings(workspace, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await store.append(workspaceRoom('calWorkspace1'), Y.encodeStateAsUpdate(workspace), META);
    const wednesday = Date.UTC(2026, 2, 4, 4, 0, 0);

    const preset = (await snapshotFigures(store, financeRoom('calProject01'), wednesday)) as ProjectFigures;
    const own = (await snapshotFigures(store, financeRoom('calProject01'), wednesday, workspaceRoom('calWorkspace1'))) as ProjectFigures;
    // China preset: Monday to Wednesday are 3 of the 5 working days; the team's: Monday and Wednesday are 2 of 4
    expect(preset.finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(600) });
    expect(own.finance?.earnedValue).toMatchObject({ state: 'ready', pv: yuan(500) });
  });

  it('uses the workspace calendar for the schedule figures of a project room too, and the preset when the workspace room was never stored', async () => {
    const store = createMemoryStore();
    const project = new Y.Doc();
    initProject(project, ['To do', 'Done'], ORIGIN);
    const task = value(addScheduleTask(project, { title: 'Dig', parentId: null, after: null, duration: 5, createdBy: null, now: NOW }, ORIGIN));
    value(updateTaskSchedule(project, task, { start: '2026-03-02' as IsoDay, scheduleMode: 'manual', percentComplete: 0 }, NOW, ORIGIN));
    await store.append(projectRoom('calProject02'), Y.encodeStateAsUpdate(project), META);
    const workspace = new Y.Doc();
    value(setCalendarSettings(workspace, { ...DEFAULT_CALENDAR_SETTINGS, extraHolidays: ['2026-03-03' as IsoDay] }, ORIGIN));
    await store.append(workspaceRoom('calWorkspace2'), Y.encodeStateAsUpdate(workspace), META);

    const preset = (await snapshotFigures(store, projectRoom('calProject02'), NOW)) as ProjectFigures;
    const own = (await snapshotFigures(store, projectRoom('calProject02'), NOW, workspaceRoom('calWorkspace2'))) as ProjectFigures;
    const unknown = (await snapshotFigures(store, projectRoom('calProject02'), NOW, workspaceRoom('neverStored1'))) as ProjectFigures;
    // five working days from Monday 2 March: Friday 6 March with the preset, Monday 9 March with Tuesday off
    expect(preset.schedule?.scheduledFinish).toBe('2026-03-06');
    expect(own.schedule?.scheduledFinish).toBe('2026-03-09');
    expect(unknown.schedule?.scheduledFinish).toBe('2026-03-06');
  });
});
