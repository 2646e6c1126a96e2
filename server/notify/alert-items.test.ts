import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../shared/domain/calendar/working-calendar';
import type { CategoryId } from '../../shared/domain/finance/finance-ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { addBudgetLine, addTask, initProject, readColumns, readProject, recordCost, updateTaskSchedule } from '../../shared/schema';
import { readFinance } from '../../shared/schema/finance-exports';
import { budgetOverrunItems, lateCriticalItems } from './alert-items';

const ORIGIN = { name: 'alert-items-test' };
const calendar = makeCalendar();

function projectWith(tasks: readonly { title: string; start: string; duration: number; percent: number }[]): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, ['To do', 'Done'], ORIGIN);
  const [todo] = readColumns(doc);
  if (!todo) throw new Error('no column');
  for (const task of tasks) {
    const added = addTask(doc, { columnId: todo.id, title: task.title, createdBy: null, now: 0 }, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    updateTaskSchedule(doc, added.value, { start: task.start as IsoDay, duration: task.duration, percentComplete: task.percent }, 0, ORIGIN);
  }
  return doc;
}

describe('lateCriticalItems', () => {
  it('lists the critical task that is late as of today, not a late task with float or a finished one', () => {
    // Monday 30 Nov: a 5-day critical slab, a 1-day task with 4 days of float, a finished survey
    const doc = projectWith([
      { title: 'Pour slab', start: '2026-11-30', duration: 5, percent: 0 },
      { title: 'Order cement', start: '2026-11-30', duration: 1, percent: 0 },
      { title: 'Survey', start: '2026-11-30', duration: 1, percent: 100 },
    ]);
    const items = lateCriticalItems(readProject(doc), calendar, '2026-12-03' as IsoDay);
    expect(items).toEqual([{ kind: 'late-critical', key: expect.any(String), title: 'Pour slab', daysLate: 3 }]);
  });

  it('lists nothing while the task is on time, and nothing for an empty project', () => {
    const doc = projectWith([{ title: 'Pour slab', start: '2026-11-30', duration: 5, percent: 0 }]);
    expect(lateCriticalItems(readProject(doc), calendar, '2026-11-30' as IsoDay)).toEqual([]);
    expect(lateCriticalItems(readProject(projectWith([])), calendar, '2026-12-03' as IsoDay)).toEqual([]);
  });
});

describe('budgetOverrunItems', () => {
  it('lists a category that spent more than its budget, with its name in the reader\'s language', () => {
    const doc = new Y.Doc();
    const materials = 'materials' as CategoryId;
    const machinery = 'machinery' as CategoryId;
    addBudgetLine(doc, { categoryId: materials, taskId: null, description: 'Concrete', amount: fen(1_000_000) }, ORIGIN);
    addBudgetLine(doc, { categoryId: machinery, taskId: null, description: 'Crane', amount: fen(500_000) }, ORIGIN);
    const cost = { day: '2026-12-01' as IsoDay, taskId: null, supplier: 'Supplier', invoiceNumber: '', note: '' };
    recordCost(doc, { ...cost, categoryId: materials, amount: fen(1_200_000) }, null, 0, ORIGIN);
    recordCost(doc, { ...cost, categoryId: machinery, amount: fen(500_000) }, null, 0, ORIGIN);
    // spent without any budget: not an overrun of a budget line
    recordCost(doc, { ...cost, categoryId: 'other' as CategoryId, amount: fen(100) }, null, 0, ORIGIN);
    expect(budgetOverrunItems(readFinance(doc, 'en'))).toEqual([
      { kind: 'budget-overrun', key: 'materials', name: 'Materials', budget: 1_000_000, actual: 1_200_000 },
    ]);
    expect(budgetOverrunItems(readFinance(doc, 'zh'))).toEqual([expect.objectContaining({ key: 'materials', name: '材料' })]);
  });
});
