// How a 10,000-row schedule analysis best crosses from the import worker to the page (run: npx tsx
// test/bench/browser/import-transfer-bench.ts [--rows 10000] [--runs 6]): the analysis of the import
// bench's seeded workbook, kept in a worker, is posted to the page as the object graph (structured
// clone) and as one JSON string (analysis-transfer.ts, what the app does), alternately in each fresh
// page. Timed: request … the page holds the objects (total), the page's thread (deserialise, and
// JSON.parse for the string), the worker's (serialise, and JSON.stringify for the string).
import readXlsxFile from 'read-excel-file/node';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/domain/calendar/calendar-settings';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { IsoDay } from '../../../shared/iso-day';
import { analyseSchedule } from '../../../client/features/import/analyse-schedule';
import { encodeAnalysis } from '../../../client/features/import/analysis-transfer';
import { toSheet } from '../../../client/features/import/workbook-sheet';
import { launchBrowser } from '../../e2e/browser';
import { makeWorkbook } from './import-workbook';
import { loadAverage1m } from './machine';
import { summarize } from './stats';

const flags = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) flags.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const ROWS = Number(flags.get('rows') ?? 10_000);
const RUNS = Number(flags.get('runs') ?? 6);

const sheets = await readXlsxFile(await makeWorkbook(ROWS));
const sheet = toSheet(sheets[0]?.data ?? []);
const header = findHeader(sheet);
if (!header) throw new Error('no header');
const analysis = analyseSchedule(sheet, {
  sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS,
  existing: { tasks: [], links: [] }, members: [], today: '2026-03-02' as IsoDay,
});
const text = encodeAnalysis(analysis);

// Plain JavaScript run in the worker and the page as they are (no bundler): the worker keeps the
// analysis and posts it on request either way, then how long its side took.
const WORKER = `let kept = null;
onmessage = (event) => {
  const asked = event.data;
  if (asked.kind === 'keep') { kept = JSON.parse(asked.text); kept.parsed = { rows: kept.plan.rows, skipped: kept.skipped }; postMessage({ kept: true }); return; }
  const t0 = performance.now();
  if (asked.kind === 'object') postMessage({ value: { parsed: kept.parsed, plan: kept.plan } });
  else postMessage({ value: JSON.stringify({ skipped: kept.parsed.skipped, plan: kept.plan }) });
  postMessage({ workerMs: performance.now() - t0 });
};`;
const PAGE = `async ([worker, text, order]) => {
  const w = new Worker(URL.createObjectURL(new Blob([worker], { type: 'text/javascript' })));
  const send = (message) => new Promise((resolve) => {
    const t0 = performance.now();
    let pageMs = 0;
    let totalMs = 0;
    w.onmessage = (event) => {
      const p0 = performance.now();
      const data = event.data;
      if (data.kept) return resolve(null);
      if ('value' in data) {
        if (typeof data.value === 'string') { const decoded = JSON.parse(data.value); decoded.parsed = { rows: decoded.plan.rows, skipped: decoded.skipped }; }
        pageMs = performance.now() - p0;
        totalMs = performance.now() - t0;
        return;
      }
      resolve({ totalMs, pageMs, workerMs: data.workerMs });
    };
    w.postMessage(message);
  });
  await send({ kind: 'keep', text });
  const result = {};
  for (const kind of order) {
    const timed = await send({ kind });
    for (const [key, value] of Object.entries(timed)) result[kind + '.' + key] = value;
  }
  w.terminate();
  return result;
}`;

const browser = await launchBrowser();
const samples: Record<string, number>[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    const order = run % 2 === 0 ? ['object', 'json'] : ['json', 'object'];
    // as an expression string: a function passed from here would carry tsx's helpers into the page
    samples.push(await page.evaluate<Record<string, number>>(`(${PAGE})(${JSON.stringify([WORKER, text, order])})`));
    await page.close();
  }
} finally {
  await browser.close();
}
const keys = Object.keys(samples[0] ?? {}).sort();
console.log(JSON.stringify({
  rows: ROWS, runs: RUNS, jsonChars: text.length, loadAverage1m: loadAverage1m(),
  medians: Object.fromEntries(keys.map((key) => [key, summarize(samples.map((sample) => sample[key] ?? 0))])),
}, null, 2));
