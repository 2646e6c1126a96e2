// Runs inside Chromium (bundled by import-bench.ts): the import pipeline on a workbook from the page's
// own memory, exposed as window.__importBench(workbook, workerSource, mode). import-bench.ts runs each
// mode in a page of its own (a fresh browser context, so neither finds the other's code warm):
// - 'worker', the app's path: the real import worker (read-file.worker.ts, bundled and started from a
//   blob URL) reads, parses and plans; the main thread only applies the plan it gets back. Timed end to
//   end, with the main thread's long tasks meanwhile (what would hold the page: receiving the answers).
// - 'stages': each stage on the main thread one after the other, for the breakdown; then the
//   assessment of a worker-built Yjs update: the same import as an update applied with the tracked
//   origin (one undo step), beside a second, warm applyImport of the same plan.
import readXlsxFile from 'read-excel-file/web-worker';
import * as Y from 'yjs';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/domain/calendar/calendar-settings';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import { findHeader } from '../../../shared/domain/import/find-header';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport, type ImportPlan } from '../../../shared/domain/import/plan-import';
import { initProject, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { makeUndoManager } from '../../../shared/schema/undo';
import type { IsoDay } from '../../../shared/iso-day';
import type { ImportWorkerAnswer, ImportWorkerRequest } from '../../../client/features/import/import-worker-protocol';
import { toSheet } from '../../../client/features/import/workbook-sheet';

export type ImportBenchMode = 'worker' | 'stages';

export interface ImportTimings {
  /** The app's path: post the file to the worker … the plan is written. */
  readonly workerPathMs: number;
  readonly workerReadMs: number;
  readonly workerPlanMs: number;
  readonly workerApplyMs: number;
  /** Main-thread long tasks (> 50 ms) while the worker read and planned, summed. */
  readonly workerMainLongTaskMs: number;
  readonly readXlsxMs: number;
  readonly parseMs: number;
  readonly planMs: number;
  readonly applyMs: number;
  /** applyImport once more on a fresh project, its code warm: what updateApplyMs compares with. */
  readonly applyWarmMs: number;
  /** The same import as one Yjs update (as a worker could build it) applied on the main thread. */
  readonly updateApplyMs: number;
  readonly updateBytes: number;
  /** Tasks left after one undo of that update (0 = it was one undo step). */
  readonly tasksAfterUndo: number;
  readonly reimportPlanMs: number;
  readonly tasks: number;
  readonly links: number;
}

const ORIGIN = { bench: 'import' };

function freshProject(): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, ['To do', 'Doing', 'Done'], {});
  return doc;
}

function ask(worker: Worker, message: ImportWorkerRequest, transfer: Transferable[] = []): Promise<ImportWorkerAnswer> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportWorkerAnswer>) => resolve(event.data);
    worker.postMessage(message, transfer);
  });
}

async function workerPath(bytes: Uint8Array, workerSource: string): Promise<Pick<ImportTimings, 'workerPathMs' | 'workerReadMs' | 'workerPlanMs' | 'workerApplyMs' | 'workerMainLongTaskMs'>> {
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(url);
  let longTaskMs = 0;
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTaskMs += entry.duration; });
  observer.observe({ type: 'longtask' });
  const buffer = bytes.slice().buffer;
  const t0 = performance.now();
  const read = await ask(worker, { kind: 'read', bytes: buffer }, [buffer]);
  const t1 = performance.now();
  if (read.kind !== 'read' || !read.result.ok) throw new Error('worker read failed');
  const sheet = read.result.value.sheets[0]?.rows ?? [];
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  const planned = await ask(worker, {
    kind: 'plan', id: 1,
    request: { sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS, existing: { tasks: [], links: [] }, members: [], today: '2026-03-02' as IsoDay },
  });
  const t2 = performance.now();
  observer.disconnect();
  if (planned.kind !== 'plan' || !planned.result.ok) throw new Error('worker plan failed');
  const doc = freshProject();
  const written = applyImport(doc, planned.result.value.plan, { createdBy: null, now: 0 }, ORIGIN);
  const t3 = performance.now();
  if (!written.ok) throw new Error(written.reason);
  worker.terminate();
  URL.revokeObjectURL(url);
  return { workerPathMs: t3 - t0, workerReadMs: t1 - t0, workerPlanMs: t2 - t1, workerApplyMs: t3 - t2, workerMainLongTaskMs: longTaskMs };
}

function updateAssessment(plan: ImportPlan): Pick<ImportTimings, 'applyWarmMs' | 'updateApplyMs' | 'updateBytes' | 'tasksAfterUndo'> {
  const built = freshProject();
  const before = Y.encodeStateVector(built);
  const t0 = performance.now();
  applyImport(built, plan, { createdBy: null, now: 0 }, ORIGIN);
  const t1 = performance.now();
  const update = Y.encodeStateAsUpdate(built, before);
  const fresh = freshProject();
  const undo = makeUndoManager(fresh, 'project', ORIGIN);
  const t2 = performance.now();
  Y.applyUpdate(fresh, update, ORIGIN);
  const t3 = performance.now();
  undo.undo();
  return { applyWarmMs: t1 - t0, updateApplyMs: t3 - t2, updateBytes: update.byteLength, tasksAfterUndo: readProject(fresh).tasks.length };
}

async function run(xlsxBase64: string, workerSource: string, mode: ImportBenchMode): Promise<Partial<ImportTimings>> {
  const bytes = Uint8Array.from(atob(xlsxBase64), (char) => char.charCodeAt(0));
  if (mode === 'worker') return workerPath(bytes, workerSource);

  const t0 = performance.now();
  const sheets = await readXlsxFile(bytes.slice().buffer);
  const sheet = toSheet(sheets[0]?.data ?? []);
  const t1 = performance.now();
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  const parsed = parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar: chinaCalendar() });
  const t2 = performance.now();
  const doc = freshProject();
  const plan = planImport(parsed, { tasks: [], links: [] }, { members: [] });
  const t3 = performance.now();
  const result = applyImport(doc, plan, { createdBy: null, now: 0 }, ORIGIN);
  const t4 = performance.now();
  if (!result.ok) throw new Error(result.reason);
  const view = readProject(doc);
  const t5 = performance.now();
  planImport(parsed, { tasks: view.tasks, links: view.links }, { members: [] });
  const t6 = performance.now();
  return {
    ...updateAssessment(plan),
    readXlsxMs: t1 - t0, parseMs: t2 - t1, planMs: t3 - t2, applyMs: t4 - t3, reimportPlanMs: t6 - t5, tasks: view.tasks.length, links: view.links.length,
  };
}

(globalThis as unknown as { __importBench: typeof run }).__importBench = run;
