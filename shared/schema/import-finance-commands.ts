// Re-import planning for labour and cost sheets: each file row is matched to an existing record by its
// content key (labourKey / costKey, recomputed from the stored record, so no extra field is needed) and
// sorted into added / changed / unchanged; a changed row whose labour record is signed is reported as
// protected, never changed. The preview shows the plan; applyCostImport / applyLabourImport write it as
// one transaction (one undo step), after a dry run on a copy so a rejected row never half-imports.
import * as Y from 'yjs';
import { labourAmount, type LabourRecord } from '../domain/finance/labour-record';
import { costKey, type CostRow } from '../domain/import/cost-columns';
import { labourKey, labourRowPay, type LabourRow } from '../domain/import/labour-columns';
import type { UserId } from '../ids';
import type { Fen } from '../money';
import type { CategoryId } from '../domain/finance/finance-ids';
import { normaliseName } from '../domain/import/match-members';
import { addCategory, restoreCategory, type CategoryFailure } from './finance-category-commands';
import { findCategoryNamed } from './finance-category-names';
import { financeRoots } from './finance-roots';
import { recordCost, updateCost, type CostFailure, type CostInput } from './finance-cost-commands';
import { recordLabour, updateLabour, type LabourFailure, type LabourInput } from './finance-labour-commands';
import { readFinance, type StoredCostEntry } from './finance-read';

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
    (record, row) => record.pay === row.pay && record.manDays === row.manDays && record.hours === row.hours && record.overtimeHours === row.overtimeHours && record.dayRate === row.dayRate
      && record.overtimeRate === row.overtimeRate && record.pieceRate === row.pieceRate && record.quantity === row.quantity && (record.pieceUnit ?? '') === row.pieceUnit && record.taskId === row.taskId,
    (record) => record.signOff === 'signed');
}

/**
 * The pay each planned row will show once stored: a row matched to a record is paid at that record's own
 * hours per day (no sheet column holds it, and applyLabourImport keeps it), a new row at the import's 8 h.
 */
export function labourAmountsAsStored(planned: FinancePlan<LabourRow, LabourRecord['id']>, existing: readonly LabourRecord[]): Map<LabourRow, Fen> {
  const records = new Map(existing.map((record) => [record.id, record]));
  const amounts = new Map<LabourRow, Fen>();
  for (const row of planned.added) amounts.set(row, labourAmount(labourRowPay(row)));
  for (const { id, row } of [...planned.changed, ...planned.unchanged, ...planned.protectedRows]) {
    const record = records.get(id);
    amounts.set(row, labourAmount({ ...labourRowPay(row), ...(record ? { hoursPerDay: record.hoursPerDay } : {}) }));
  }
  return amounts;
}

export function planCostImport(rows: readonly CostRow[], existing: readonly StoredCostEntry[]): FinancePlan<CostRow, StoredCostEntry['id']> {
  return plan(rows.map((row) => ({ key: row.key, row })), keyed(existing.filter((entry) => entry.source === 'entry'), costKey),
    (record, row) => record.amount === row.amount && record.taskId === row.taskId,
    () => false);
}

export interface ApplyCounts { readonly added: number; readonly changed: number; readonly unchanged: number; readonly protectedRows: number }
export interface ApplyFailure<F> { readonly sheetRow: number; readonly reason: F }
/** Nothing is written when `ok` is false: `sheetRow` names the first row a command rejected. */
export type ApplyResult<F> = { readonly ok: true; readonly counts: ApplyCounts } | ({ readonly ok: false } & ApplyFailure<F>);

/** Runs `write` on a copy first; only when every row is accepted does it run on `doc`, in one transaction. */
function writeAll<F, R, I>(doc: Y.Doc, planned: FinancePlan<R, I>, origin: unknown, write: (target: Y.Doc, origin: unknown) => ApplyFailure<F> | null): ApplyFailure<F> | null {
  // A re-import of the same file writes nothing: skip the copy (a whole-document encode) and the transaction.
  if (planned.added.length === 0 && planned.changed.length === 0) return null;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const problem = write(copy, null);
  if (problem) return problem;
  doc.transact(() => { write(doc, origin); }, origin);
  return null;
}

const counts = <R, I>(planned: FinancePlan<R, I>): ApplyCounts => ({
  added: planned.added.length, changed: planned.changed.length, unchanged: planned.unchanged.length, protectedRows: planned.protectedRows.length,
});

/**
 * Rows with `newCategory` create that category first, in the same transaction (so one undo step takes
 * both back), once per name; a category of that name made by a teammate since the preview is used
 * instead of a second one of the same name, and a removed category of that name is restored.
 */
export function applyCostImport(doc: Y.Doc, rows: readonly CostRow[], enteredBy: UserId | null, now: number, origin: unknown): ApplyResult<CostFailure | CategoryFailure> {
  const planned = planCostImport(rows, readFinance(doc).costEntries);
  const input = (row: CostRow, categoryId: CategoryId): CostInput => ({ day: row.day, categoryId, amount: row.amount, taskId: row.taskId, supplier: row.supplier, invoiceNumber: row.invoiceNumber, note: row.note });
  const written = writeAll<CostFailure | CategoryFailure, CostRow, StoredCostEntry['id']>(doc, planned, origin, (target, by) => {
    const created = new Map<string, CategoryId>();
    for (const row of planned.added) {
      let categoryId = row.categoryId;
      if (row.newCategory !== null) {
        const key = normaliseName(row.newCategory);
        const holder = created.has(key) ? null : findCategoryNamed(financeRoots(target).categories, row.newCategory);
        // a removed category of that name comes back (names are one per room), a shown one is used as it is
        if (holder?.removed === true) { const restored = restoreCategory(target, holder.id, by); if (!restored.ok) return { sheetRow: row.sheetRow, reason: restored.reason }; }
        const existing = created.get(key) ?? holder?.id;
        if (existing === undefined) {
          const made = addCategory(target, row.newCategory, by);
          if (!made.ok) return { sheetRow: row.sheetRow, reason: made.reason };
          categoryId = made.value;
        } else categoryId = existing;
        created.set(key, categoryId);
      }
      const result = recordCost(target, input(row, categoryId), enteredBy, now, by);
      if (!result.ok) return { sheetRow: row.sheetRow, reason: result.reason };
    }
    for (const { id, row } of planned.changed) { const result = updateCost(target, id, { amount: row.amount, taskId: row.taskId }, now, by); if (!result.ok) return { sheetRow: row.sheetRow, reason: result.reason }; }
    return null;
  });
  return written ? { ok: false, ...written } : { ok: true, counts: counts(planned) };
}

export function applyLabourImport(doc: Y.Doc, rows: readonly LabourRow[], foreman: UserId | null, now: number, origin: unknown): ApplyResult<LabourFailure> {
  const planned = planLabourImport(rows, readFinance(doc).labourRecords);
  const input = (row: LabourRow): LabourInput => ({
    workerId: row.workerId, day: row.day, ...labourRowPay(row), ...(row.pieceUnit === '' ? {} : { pieceUnit: row.pieceUnit }), content: row.content, taskId: row.taskId,
  });
  const written = writeAll<LabourFailure, LabourRow, LabourRecord['id']>(doc, planned, origin, (target, by) => {
    for (const row of planned.added) { const result = recordLabour(target, input(row), foreman, now, by); if (!result.ok) return { sheetRow: row.sheetRow, reason: result.reason }; }
    for (const { id, row } of planned.changed) {
      // a sheet has no hours-per-day column: the record's own (maybe set by hand) stays, or its pay would move
      const { hoursPerDay: _notInTheSheet, ...pay } = labourRowPay(row);
      const result = updateLabour(target, id, { ...pay, pieceUnit: row.pieceUnit, taskId: row.taskId }, now, by);
      if (!result.ok) return { sheetRow: row.sheetRow, reason: result.reason };
    }
    return null;
  });
  return written ? { ok: false, ...written } : { ok: true, counts: counts(planned) };
}
