// Runs inside Chromium (bundled by labour-import-bench.ts): the labour-sheet import on a workbook from
// the page's own memory, each stage timed with performance.now(). Exposed as window.__labourImportBench.
import readXlsxFile from 'read-excel-file/web-worker';
import * as Y from 'yjs';
import { findFieldHeader } from '../../../shared/domain/import/find-header';
import { LABOUR_FIELDS, LABOUR_REQUIRED, LABOUR_SYNONYMS, readLabourRows, type RosterWorker } from '../../../shared/domain/import/labour-columns';
import { readFinance } from '../../../shared/schema/finance-read';
import { applyLabourImport, planLabourImport } from '../../../shared/schema/import-finance-commands';
import { toSheet } from '../../../client/features/import/workbook-sheet';

export interface LabourImportTimings {
  readonly readXlsxMs: number;
  readonly parseMs: number;
  readonly planMs: number;
  readonly applyMs: number;
  readonly reimportPlanMs: number;
  readonly reimportApplyMs: number;
  readonly records: number;
  readonly reimportUnchanged: number;
}

async function run(xlsxBase64: string, roster: readonly RosterWorker[]): Promise<LabourImportTimings> {
  const bytes = Uint8Array.from(atob(xlsxBase64), (char) => char.charCodeAt(0));
  const t0 = performance.now();
  const sheets = await readXlsxFile(bytes.buffer);
  const sheet = toSheet(sheets[0]?.data ?? []);
  const t1 = performance.now();
  const header = findFieldHeader(sheet, LABOUR_FIELDS, LABOUR_SYNONYMS, LABOUR_REQUIRED);
  if (!header) throw new Error('no header');
  const { rows, issues } = readLabourRows(sheet, header.headerRow, header.mapping, roster, 'month-first');
  if (issues.some((issue) => issue.severity === 'error')) throw new Error(`errors: ${issues.length}`);
  const t2 = performance.now();
  const doc = new Y.Doc();
  planLabourImport(rows, readFinance(doc).labourRecords);
  const t3 = performance.now();
  const applied = applyLabourImport(doc, rows, null, 0, {});
  const t4 = performance.now();
  if (!applied.ok) throw new Error(applied.reason);
  const stored = readFinance(doc).labourRecords;
  const t5 = performance.now();
  const again = planLabourImport(rows, stored);
  const t6 = performance.now();
  const reapplied = applyLabourImport(doc, rows, null, 1, {});
  const t7 = performance.now();
  if (!reapplied.ok || reapplied.counts.added !== 0) throw new Error('re-import wrote records');
  return {
    readXlsxMs: t1 - t0, parseMs: t2 - t1, planMs: t3 - t2, applyMs: t4 - t3, reimportPlanMs: t6 - t5, reimportApplyMs: t7 - t6,
    records: stored.length, reimportUnchanged: again.unchanged.length,
  };
}

(globalThis as unknown as { __labourImportBench: typeof run }).__labourImportBench = run;
