// Import benchmark in Chromium (run: npx tsx test/bench/browser/import-bench.ts [--rows 10000] [--runs 5] [--dist dir]
// [--before dir], dir holding client/, shared/ and test/bench/browser/ of an older commit, e.g. from git archive):
// a seeded 10,000-row .xlsx (written with write-excel-file: WBS hierarchy, every row with a predecessor
// in some written form) taken through the app's path — the real import worker (read-file.worker.ts,
// bundled here) reads, parses and plans it, the page applies the plan to a fresh project in one
// transaction — and, for the breakdown, each stage on the page's thread; then a re-import plan against
// the written tasks, and the same import as one Yjs update applied with the tracked origin (the
// assessment of a worker-built update). Each path runs in a page of its own (import-page.ts). Also checks that the built app's first bundle (index.html's
// scripts and preloads) holds no import parser code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../../e2e/browser';
import { entryScripts } from './bundle-size';
import { makeWorkbook } from './import-workbook';
import { loadAverage1m } from './machine';
import { round, summarize } from './stats';

const flags = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) flags.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const ROWS = Number(flags.get('rows') ?? 10_000);
const RUNS = Number(flags.get('runs') ?? 5);
const DIST = flags.get('dist') ?? 'dist';
/** A tree of an older commit whose import worker runs as 'worker-before', beside today's, in the same run. */
const BEFORE = flags.get('before') ?? null;
/** Strings only the import code holds (not any dictionary: 工作内容 is also a labour text): read-excel-file, the sniffer, the synonyms, the XML reader. */
const PARSER_MARKERS = ['sharedStrings.xml', 'EncryptionInfo', 'outlinenumber', 'resourcenames', 'CDATA['];

async function firstBundleMarkers(dist: string): Promise<string[]> {
  const found: string[] = [];
  for (const script of await entryScripts(dist)) {
    const source = await readFile(path.join(dist, script), 'utf8');
    for (const marker of PARSER_MARKERS) if (source.includes(marker)) found.push(`${script}: ${marker}`);
  }
  return found;
}

const bundleOf = async (entry: string): Promise<string> => {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', minify: true });
  return bundle.outputFiles[0]?.text ?? '';
};
const pageScript = await bundleOf(path.join(import.meta.dirname, 'import-page.ts'));
// the app's worker with the bench's timing marks around it (import-bench-worker.ts)
const workerScript = await bundleOf(path.join(import.meta.dirname, 'import-bench-worker.ts'));
const beforeScript = BEFORE === null ? null : await bundleOf(path.join(path.resolve(BEFORE), 'test/bench/browser/import-bench-worker.ts'));
const modes = beforeScript === null ? ['worker', 'stages'] as const : ['worker', 'worker-before', 'stages'] as const;
const workbook = (await makeWorkbook(ROWS)).toString('base64');
const browser = await launchBrowser();
const samples: Record<string, number>[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const sample: Record<string, number> = {};
    // each mode in its own page (browser.newPage makes a new context: nothing warm from the other);
    // the order turns per run so no mode always runs on a machine another just warmed up
    for (const mode of [...modes.slice(run % modes.length), ...modes.slice(0, run % modes.length)]) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: pageScript });
      const workers = { now: workerScript, before: beforeScript };
      Object.assign(sample, await page.evaluate(async ([base64, scripts, which]) => (globalThis as unknown as { __importBench(b: string, w: typeof scripts, m: string): Promise<Record<string, number>> }).__importBench(base64, scripts, which), [workbook, workers, mode] as const));
      await page.close();
    }
    samples.push({ ...sample, loadAverage1m: loadAverage1m() });
  }
} finally {
  await browser.close();
}
const median = (key: string) => summarize(samples.map((sample) => sample[key] ?? 0));
const total = summarize(samples.map((sample) => (sample.parseMs ?? 0) + (sample.planMs ?? 0) + (sample.applyMs ?? 0)));
const withRead = summarize(samples.map((sample) => (sample.readXlsxMs ?? 0) + (sample.parseMs ?? 0) + (sample.planMs ?? 0) + (sample.applyMs ?? 0)));
console.log(JSON.stringify({
  rows: ROWS, runs: RUNS, tasks: samples[0]?.tasks, links: samples[0]?.links, xlsxBytes: Math.round((workbook.length * 3) / 4),
  workerPathMs: median('workerPathMs'), workerReadMs: median('workerReadMs'), workerPlanMs: median('workerPlanMs'), workerApplyMs: median('workerApplyMs'),
  workerMainLongTaskMs: median('workerMainLongTaskMs'),
  readXlsxMs: median('readXlsxMs'), parseMs: median('parseMs'), planMs: median('planMs'), applyMs: median('applyMs'), reimportPlanMs: median('reimportPlanMs'),
  applyWarmMs: median('applyWarmMs'), updateApplyMs: median('updateApplyMs'), updateBytes: samples[0]?.updateBytes, tasksAfterUndo: samples.map((sample) => sample.tasksAfterUndo),
  parsePlanApplyMs: total, readParsePlanApplyMs: withRead, loadAverage1m: samples.map((sample) => round(sample.loadAverage1m ?? 0)),
  firstBundleParserMarkers: await firstBundleMarkers(DIST),
  // the median of every figure, the worker paths request by request among them (import-page.ts, Trip)
  medians: Object.fromEntries(Object.keys(samples[0] ?? {}).sort().map((key) => [key, median(key)?.median])),
}, null, 2));
