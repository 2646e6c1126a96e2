// Runs inside Chromium (bundled by import-bench.ts): the import pipeline on a workbook from the page's
// own memory, exposed as window.__importBench(workbook, workers, mode). import-bench.ts runs each mode
// in a page of its own (a fresh browser context, so none finds another's code warm):
// - 'worker', the app's path: the real import worker (read-file.worker.ts in import-bench-worker.ts's
//   timing wrapper, started from a blob URL) is started first and the clock starts once it is ready, as
//   the app starts it when the picker appears (import-file-opener.ts); it reads, parses and plans, the
//   page applies the plan. Timed end to end and request by request (Trip), with the page's long tasks;
//   then two previews of a re-import against the written tasks (the second for another day order).
// - 'worker-before': the same with the worker as it was before (bundled from an older commit with
//   --before; started when the file is chosen, answers cloned as objects), for before/after in one run.
// - 'stages': each stage on the main thread one after the other, for the breakdown; what copying the
//   analysis costs as a structured clone and as JSON; then the assessment of a worker-built Yjs update:
//   the same import as an update applied with the tracked origin (one undo step), beside a second,
//   warm applyImport of the same plan.
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
import { toExistingLink, toRequestTask, type ProjectRecords, type ScheduleAnalysis } from '../../../client/features/import/analyse-schedule';
import { decodeAnalysis } from '../../../client/features/import/analysis-transfer';
import type { WorkerMarks } from './import-bench-worker';

export type ImportBenchMode = 'worker' | 'worker-before' | 'stages';

/** Figures by name (ms unless the name says otherwise); import-bench.ts takes the median of each. */
export type ImportTimings = Record<string, number>;

const ORIGIN = { bench: 'import' };

function freshProject(): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, ['To do', 'Doing', 'Done'], {});
  return doc;
}

/** One request's way through the worker, in ms (the page's and the worker's marks, import-bench-worker.ts). */
interface Trip {
  /** The page's postMessage call: serialising the request (and handing over its transfer list). */
  readonly postMs: number;
  /** Posted … the worker's event ran: queueing, and for the first request starting the worker. */
  readonly toWorkerMs: number;
  readonly workerDeserializeMs: number;
  readonly workMs: number;
  readonly workerSerializeMs: number;
  /** The worker's answer posted … the page's event ran. */
  readonly toPageMs: number;
  /** Taking the answer's data out of the message on the page (deserialise, on the page's thread). */
  readonly pageDeserializeMs: number;
}

const now = (): number => performance.timeOrigin + performance.now();

function ask(worker: Worker, message: ImportWorkerRequest, transfer: Transferable[] = []): Promise<{ answer: ImportWorkerAnswer; trip: Trip }> {
  return new Promise((resolve) => {
    let answer: { value: ImportWorkerAnswer; arrivedAt: number; deserializeMs: number } | null = null;
    worker.onmessage = (event: MessageEvent<ImportWorkerAnswer | WorkerMarks | { readonly kind: 'bench-ready' }>) => {
      const arrivedAt = now();
      const data = event.data;
      const deserializeMs = now() - arrivedAt;
      if (data.kind === 'bench-ready') return;
      if (data.kind !== 'bench-marks') {
        answer = { value: data, arrivedAt, deserializeMs };
        return;
      }
      if (answer === null) throw new Error('marks before the answer');
      const answered = data.receivedAt + data.deserializeMs + data.workMs + data.serializeMs;
      resolve({
        answer: answer.value,
        trip: { postMs, toWorkerMs: data.receivedAt - postedAt, workerDeserializeMs: data.deserializeMs, workMs: data.workMs, workerSerializeMs: data.serializeMs, toPageMs: answer.arrivedAt - answered, pageDeserializeMs: answer.deserializeMs },
      });
    };
    const posting = now();
    worker.postMessage(message, transfer);
    const postedAt = now();
    const postMs = postedAt - posting;
  });
}

const tripTimings = (prefix: 'read' | 'plan', trip: Trip): Record<string, number> =>
  Object.fromEntries(Object.entries(trip).map(([key, value]) => [`${prefix}${key[0]?.toUpperCase()}${key.slice(1)}`, value]));

function waitReady(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ kind: string }>) => { if (event.data.kind === 'bench-ready') resolve(); };
  });
}

/** The analysis in a plan answer: a JSON string since analysis-transfer.ts, the objects before. */
function analysisOf(value: unknown): ScheduleAnalysis {
  return typeof value === 'string' ? decodeAnalysis(value) : (value as ScheduleAnalysis);
}

async function workerPath(bytes: Uint8Array, workerSource: string, startedAhead: boolean): Promise<ImportTimings> {
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  let longTaskMs = 0;
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTaskMs += entry.duration; });
  observer.observe({ type: 'longtask' });
  const buffer = bytes.slice().buffer;
  const started = performance.now();
  let worker: Worker | null = null;
  if (startedAhead) {
    worker = new Worker(url);
    await waitReady(worker);
  }
  const t0 = performance.now();
  worker ??= new Worker(url);
  const read = await ask(worker, { kind: 'read', bytes: buffer }, [buffer]);
  const t1 = performance.now();
  if (read.answer.kind !== 'read' || !read.answer.result.ok) throw new Error('worker read failed');
  const sheet = read.answer.result.value.sheets[0]?.rows ?? [];
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  const t1b = performance.now();
  const planned = await ask(worker, {
    kind: 'plan', id: 1,
    request: { sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS, existing: { tasks: [], links: [] }, members: [], today: '2026-03-02' as IsoDay },
  });
  if (planned.answer.kind !== 'plan' || !planned.answer.result.ok) throw new Error('worker plan failed');
  const d0 = performance.now();
  const analysis = analysisOf(planned.answer.result.value);
  const t2 = performance.now();
  // entries not yet delivered to the callback would be dropped by disconnect()
  for (const entry of observer.takeRecords()) longTaskMs += entry.duration;
  observer.disconnect();
  const doc = freshProject();
  const written = applyImport(doc, analysis.plan, { createdBy: null, now: 0 }, ORIGIN);
  const t3 = performance.now();
  if (!written.ok) throw new Error(written.reason);
  // a preview of the re-import against the 10,000 tasks just written, then one for another day order
  // (the person changing a choice): today's page sends the records once and then says 'as-before',
  // the page before sent them with every request
  const choices = { sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, calendar: DEFAULT_CALENDAR_SETTINGS, members: [], today: '2026-03-02' as IsoDay } as const;
  const records = (): ProjectRecords => {
    const view = readProject(doc);
    return { tasks: view.tasks.map(toRequestTask), links: view.links.map(toExistingLink) };
  };
  const r0 = performance.now();
  const reimport = await ask(worker, { kind: 'plan', id: 2, request: { ...choices, dayOrder: 'month-first', existing: records() } });
  if (reimport.answer.kind !== 'plan' || !reimport.answer.result.ok) throw new Error('re-import plan failed');
  const unchanged = analysisOf(reimport.answer.result.value).plan.counts.unchanged;
  const r1 = performance.now();
  const rechoose = await ask(worker, { kind: 'plan', id: 3, request: { ...choices, dayOrder: 'day-first', existing: startedAhead ? 'as-before' : records() } });
  if (rechoose.answer.kind !== 'plan' || !rechoose.answer.result.ok) throw new Error('re-chosen plan failed');
  analysisOf(rechoose.answer.result.value);
  const r2 = performance.now();
  worker.terminate();
  URL.revokeObjectURL(url);
  return {
    reimportPreviewMs: r1 - r0, reimportUnchanged: unchanged, rechoosePreviewMs: r2 - r1, rechoosePostMs: rechoose.trip.postMs, rechooseWorkMs: rechoose.trip.workMs,
    workerPathMs: t3 - t0, workerStartMs: startedAhead ? t0 - started : 0, workerReadMs: t1 - t0, workerPlanMs: t2 - t1, workerApplyMs: t3 - t2, workerMainLongTaskMs: longTaskMs,
    pageFindHeaderMs: t1b - t1, planPageDecodeMs: t2 - d0, ...tripTimings('read', read.trip), ...tripTimings('plan', planned.trip),
  };
}

function updateAssessment(plan: ImportPlan): ImportTimings {
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

async function run(xlsxBase64: string, workers: { readonly now: string; readonly before: string | null }, mode: ImportBenchMode): Promise<ImportTimings> {
  const bytes = Uint8Array.from(atob(xlsxBase64), (char) => char.charCodeAt(0));
  if (mode === 'worker') return workerPath(bytes, workers.now, true);
  if (mode === 'worker-before') {
    if (workers.before === null) throw new Error('no before worker');
    const timings = await workerPath(bytes, workers.before, false);
    return Object.fromEntries(Object.entries(timings).map(([key, value]) => [`before.${key}`, value]));
  }

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
  // what copying the analysis across threads costs on one thread, two ways (experiment)
  const analysis = { parsed, plan };
  const c0 = performance.now();
  structuredClone(analysis);
  const c1 = performance.now();
  const text = JSON.stringify({ skipped: parsed.skipped, plan });
  const c2 = performance.now();
  JSON.parse(text);
  const c3 = performance.now();
  return {
    cloneMs: c1 - c0, jsonStringifyMs: c2 - c1, jsonParseMs: c3 - c2, jsonChars: text.length,
    ...updateAssessment(plan),
    readXlsxMs: t1 - t0, parseMs: t2 - t1, planMs: t3 - t2, applyMs: t4 - t3, reimportPlanMs: t6 - t5, tasks: view.tasks.length, links: view.links.length,
  };
}

(globalThis as unknown as { __importBench: typeof run }).__importBench = run;
