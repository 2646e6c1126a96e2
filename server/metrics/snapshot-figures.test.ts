import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { yuan } from '../../shared/money';
import type { IsoDay } from '../../shared/iso-day';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import { addBudgetLine, addScheduleTask, initProject, recordCost, saveBaseline, updateTaskSchedule } from '../../shared/schema';
import { financeRoom, projectRoom } from '../../shared/schema/room-name';
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
});
