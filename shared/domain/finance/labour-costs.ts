// Signed day labour flows into actual costs under the labour category as a derived view: the labour
// record stays the one source, so a correction there changes the cost too and nothing is entered twice.
import type { CostEntry } from './cost-entry';
import { LABOUR_CATEGORY_ID } from './cost-category';
import { labourAmount, type LabourRecord } from './labour-record';

/** Derived entries carry the id `labour:<recordId>` so they can never collide with a typed-in cost. */
export function labourCostEntries(records: readonly LabourRecord[]): CostEntry[] {
  return records
    .filter((record) => record.signOff === 'signed')
    .map((record) => ({
      id: `labour:${record.id}`,
      day: record.day,
      categoryId: LABOUR_CATEGORY_ID,
      amount: labourAmount(record),
      taskId: record.taskId,
      supplier: '',
      invoiceNumber: '',
      note: record.content,
      enteredBy: record.foremanId,
      source: 'labour',
    }));
}

/** Every actual cost of the project: typed-in entries and signed labour, by day. */
export function actualCosts(entries: readonly CostEntry[], labour: readonly LabourRecord[]): CostEntry[] {
  return [...entries, ...labourCostEntries(labour)].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));
}
