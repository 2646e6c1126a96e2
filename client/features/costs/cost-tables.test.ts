import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { compareBudget, type CategoryId, type CostEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { budgetExportTable, costsExportTable } from './cost-tables';

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
