// Runs inside Chromium (bundled by import-bench.ts): the import pipeline on a workbook from the page's
// own memory, each stage timed with performance.now(). Exposed as window.__importBench.
import readXlsxFile from 'read-excel-file/web-worker';
import * as Y from 'yjs';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import { findHeader } from '../../../shared/domain/import/find-header';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport } from '../../../shared/domain/import/plan-import';
import { initProject, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { toSheet } from '../../../client/features/import/workbook-sheet';

export interface ImportTimings {
  readonly readXlsxMs: number;
  readonly parseMs: number;
  readonly planMs: number;
  readonly applyMs: number;
  readonly reimportPlanMs: number;
  readonly tasks: number;
  readonly links: number;
}

async function run(xlsxBase64: string): Promise<ImportTimings> {
  const bytes = Uint8Array.from(atob(xlsxBase64), (char) => char.charCodeAt(0));
  const t0 = performance.now();
  const sheets = await readXlsxFile(bytes.buffer);
  const sheet = toSheet(sheets[0]?.data ?? []);
  const t1 = performance.now();
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  const parsed = parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar: chinaCalendar() });
  const t2 = performance.now();
  const doc = new Y.Doc();
  initProject(doc, ['To do', 'Doing', 'Done'], {});
  const plan = planImport(parsed, { tasks: [], links: [] }, { members: [] });
  const t3 = performance.now();
  const result = applyImport(doc, plan, { createdBy: null, now: 0 }, {});
  const t4 = performance.now();
  if (!result.ok) throw new Error(result.reason);
  const view = readProject(doc);
  const t5 = performance.now();
  planImport(parsed, { tasks: view.tasks, links: view.links }, { members: [] });
  const t6 = performance.now();
  return { readXlsxMs: t1 - t0, parseMs: t2 - t1, planMs: t3 - t2, applyMs: t4 - t3, reimportPlanMs: t6 - t5, tasks: view.tasks.length, links: view.links.length };
}

(globalThis as unknown as { __importBench: typeof run }).__importBench = run;
