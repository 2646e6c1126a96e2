import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { compareBudget, type CategoryId, type CostEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { categoryRows } from './category-rows';
import { budgetExportTable, budgetLinesExportTable, categoriesExportTable, costsExportTable } from './cost-tables';

const cost: CostEntry = {
  id: 'c1', day: '2026-03-01' as IsoDay, categoryId: 'materials' as CategoryId, amount: 123_456 as Fen, taskId: null,
  supplier: '=HYPERLINK("x")', invoiceNumber: '+86', note: '@once', enteredBy: null, source: 'entry',
};
const costHeaders = { day: 'Date', category: 'Category', amount: 'Amount', task: 'Task', supplier: 'Supplier', invoice: 'Invoice', note: 'Note' };

describe('costsExportTable', () => {
  it('writes yuan as numbers and neutralises cells a spreadsheet would run as formulas', () => {
    const csv = writeCsv(costsExportTable([cost], () => 'Materials', () => 'Whole project', costHeaders));
    expect(csv.startsWith('\uFEFFDate,Category,Amount')).toBe(true);
    expect(csv).toContain(`2026-03-01,Materials,1234.56,Whole project,"'=HYPERLINK(""x"")",'+86,'@once\r\n`);
  });
});

describe('budgetExportTable', () => {
  it('has one row per group and the total last, with the overrun warning in words', () => {
    const comparison = compareBudget({
      budgetLines: [{ id: 'b1' as never, categoryId: 'materials' as CategoryId, taskId: null, description: '', amount: 100_000 as Fen }],
      costs: [cost], labour: [], funds: [],
    }, 'category');
    const table = budgetExportTable(comparison, (key) => `cat:${key}`, (warning) => warning ?? '', {
      group: 'Group', budget: 'Budget', actual: 'Actual', forecast: 'Forecast', remaining: 'Remaining', warning: 'Warning', total: 'Total',
    });
    expect(writeCsv(table).split('\r\n').slice(1, 3)).toEqual([
      'cat:materials,1000,1234.56,1234.56,-234.56,over-budget',
      'Total,1000,1234.56,1234.56,-234.56,over-budget',
    ]);
  });
});

describe('budgetLinesExportTable', () => {
  it('writes each line with its category, task, description and budget in yuan', () => {
    const line = { id: 'b1' as never, categoryId: 'materials' as CategoryId, taskId: null, description: '-钢筋', amount: 500_050 as Fen };
    const csv = writeCsv(budgetLinesExportTable([line], () => '材料', (id) => id ?? '整个项目', { category: '类别', task: '任务', description: '说明', budget: '预算' }));
    expect(csv).toBe("\uFEFF类别,任务,说明,预算\r\n材料,整个项目,'-钢筋,5000.5\r\n");
  });
});

describe('categoriesExportTable', () => {
  it('lists the categories in use, then the removed ones, with amounts in yuan and counts', () => {
    const lines = [{ id: 'b1' as never, categoryId: 'materials' as CategoryId, taskId: null, description: '', amount: 100_000 as Fen }];
    const used = categoryRows([{ id: 'materials' as CategoryId, name: 'Materials', rank: 'a' }], [cost], lines);
    const removed = categoryRows([{ id: 'c9' as CategoryId, name: 'Consulting', rank: 'b' }], [], []);
    const table = categoriesExportTable(used, removed, { headers: ['Category', 'State', 'Spent', 'Budget', 'Costs', 'Lines'], inUse: 'In use', removed: 'Removed' });
    expect(writeCsv(table).split('\r\n')).toEqual(['\uFEFFCategory,State,Spent,Budget,Costs,Lines', 'Materials,In use,1234.56,1000,1,1', 'Consulting,Removed,0,0,0,0', '']);
    expect(table.rows[0]?.[2]).toEqual({ kind: 'number', value: 1234.56 });
  });
});
