// Every finance total a screen shows, computed from one document: what must agree on every device.
import type * as Y from 'yjs';
import { actualCosts, compareBudget, fundsPosition, LABOUR_GROUPINGS, summarizeLabour, workerBalances } from '../../shared/domain/finance';
import type { IsoDay } from '../../shared/iso-day';
import { readFinance } from '../../shared/schema';

export function financeTotals(doc: Y.Doc): Record<string, unknown> {
  const view = readFinance(doc);
  const costs = actualCosts(view.costEntries, view.labourRecords);
  const inputs = { budgetLines: view.budgetLines, costs, labour: view.labourRecords, funds: view.fundEntries };
  return {
    records: view.labourRecords.length,
    labour: Object.fromEntries(LABOUR_GROUPINGS.map((grouping) => [grouping, summarizeLabour(view.labourRecords, grouping)])),
    balances: workerBalances(view.labourRecords, view.fundEntries),
    budgetByCategory: compareBudget(inputs, 'category').total,
    costs: costs.reduce((total, cost) => total + cost.amount, 0),
    funds: fundsPosition(view.fundEntries, '2026-12-31' as IsoDay),
  };
}
