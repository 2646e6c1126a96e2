// Re-import planning for labour and cost sheets: each file row is matched to an existing record by its
// content key (labourKey / costKey, recomputed from the stored record, so no extra field is needed) and
// sorted into added / changed / unchanged; a changed row whose labour record is signed is reported as
// protected, never changed. The preview shows this; the apply commands (one transaction) are not built yet.
import type { CostEntry } from '../domain/finance/cost-entry';
import type { LabourRecord } from '../domain/finance/labour-record';
import { costKey, type CostRow } from '../domain/import/cost-columns';
import { labourKey, type LabourRow } from '../domain/import/labour-columns';

export interface FinancePlan<Row, Id> {
  readonly added: readonly Row[];
  readonly changed: readonly { readonly id: Id; readonly row: Row }[];
  readonly unchanged: readonly { readonly id: Id; readonly row: Row }[];
  /** Rows that differ from a signed labour record: reported, left as they are. */
  readonly protectedRows: readonly { readonly id: Id; readonly row: Row }[];
}

/** Keys of existing records, repeats numbered #2, #3 in stored order (as readCostRows numbers file repeats). */
function keyed<T>(records: readonly T[], key: (record: T) => string): Map<string, T> {
  const seen = new Map<string, number>();
  const byKey = new Map<string, T>();
  for (const record of records) {
    const base = key(record);
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    byKey.set(repeat === 0 ? base : `${base}#${repeat + 1}`, record);
  }
  return byKey;
}

function plan<Row, Rec extends { readonly id: Id }, Id>(rows: readonly { readonly key: string; readonly row: Row }[], existing: Map<string, Rec>, same: (record: Rec, row: Row) => boolean, locked: (record: Rec) => boolean): FinancePlan<Row, Id> {
  const added: Row[] = [];
  const changed: { id: Id; row: Row }[] = [];
  const unchanged: { id: Id; row: Row }[] = [];
  const protectedRows: { id: Id; row: Row }[] = [];
  for (const { key, row } of rows) {
    const record = existing.get(key);
    if (!record) added.push(row);
    else if (same(record, row)) unchanged.push({ id: record.id, row });
    else if (locked(record)) protectedRows.push({ id: record.id, row });
    else changed.push({ id: record.id, row });
  }
  return { added, changed, unchanged, protectedRows };
}

export function planLabourImport(rows: readonly LabourRow[], existing: readonly LabourRecord[]): FinancePlan<LabourRow, LabourRecord['id']> {
  const seen = new Map<string, number>();
  const withKeys = rows.map((row) => {
    const base = labourKey(row);
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return { key: repeat === 0 ? base : `${base}#${repeat + 1}`, row };
  });
  return plan(withKeys, keyed(existing, labourKey),
    (record, row) => record.manDays === row.manDays && record.hours === row.hours && record.overtimeHours === row.overtimeHours && record.dayRate === row.dayRate,
    (record) => record.signOff === 'signed');
}

export function planCostImport(rows: readonly CostRow[], existing: readonly CostEntry[]): FinancePlan<CostRow, string> {
  return plan(rows.map((row) => ({ key: row.key, row })), keyed(existing.filter((entry) => entry.source === 'entry'), costKey),
    (record, row) => record.amount === row.amount && record.taskId === row.taskId,
    () => false);
}
