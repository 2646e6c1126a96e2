// Labour-sheet import benchmark in Chromium (run: npx tsx test/bench/browser/labour-import-bench.ts
// [--rows 5000] [--runs 5]): a seeded .xlsx of day-labour rows (written with write-excel-file: a title
// row, zh headers 日期/姓名/班组/工日/日工资/金额/工作内容, 60 workers on the roster, half days, an amount
// per row) read with read-excel-file, read into rows, planned and applied to a fresh finance document in
// one transaction (after the dry run on a copy), all inside the page; then the re-import of the same
// rows: the plan against the stored records and the apply that writes nothing.
import path from 'node:path';
import { build } from 'esbuild';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { WorkerId } from '../../../shared/domain/finance/finance-ids';
import type { RosterWorker } from '../../../shared/domain/import/labour-columns';
import type { Fen } from '../../../shared/money';
import { makeRandom } from '../../support/seeded-random';
import { launchBrowser } from '../../e2e/browser';
import { describeMachine, loadAverage1m } from './machine';
import { round, summarize } from './stats';

const flags = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) flags.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const ROWS = Number(flags.get('rows') ?? 5_000);
const RUNS = Number(flags.get('runs') ?? 5);
const WORKERS = 60;
const CONTENT = ['砌墙', '抹灰', '搬砖', '支模', '绑扎钢筋', '浇筑', '清理'];

const roster: RosterWorker[] = Array.from({ length: WORKERS }, (_, index) => ({
  id: `w-bench-worker-${String(index).padStart(6, '0')}` as WorkerId, name: `工人${index}`, defaultDayRate: (30000 + index * 100) as Fen,
}));

async function makeWorkbook(rows: number): Promise<Buffer> {
  const random = makeRandom(66);
  const data: Row[] = [['3号楼点工记录表', null, null, null, null, null, null], ['日期', '姓名', '班组', '工日', '日工资', '金额', '工作内容']];
  for (let index = 0; index < rows; index++) {
    const worker = index % WORKERS;
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(index / WORKERS))).toISOString().slice(0, 10);
    const halves = 1 + random.int(3);
    const rate = 300 + worker;
    data.push([day, `工人${worker}`, `班组${worker % 6}`, halves / 2, String(rate), ((rate * halves) / 2).toFixed(2), CONTENT[random.int(CONTENT.length)] ?? '砌墙']);
  }
  return writeXlsxFile(data).toBuffer();
}

const bundle = await build({ entryPoints: [path.join(import.meta.dirname, 'labour-import-page.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', minify: true });
const pageScript = bundle.outputFiles[0]?.text ?? '';
const workbook = (await makeWorkbook(ROWS)).toString('base64');
const browser = await launchBrowser();
const machine = describeMachine(browser);
const samples: Record<string, number>[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.addScriptTag({ content: pageScript });
    const timings = await page.evaluate(
      async ([base64, workers]) => (globalThis as unknown as { __labourImportBench(b: string, r: unknown): Promise<Record<string, number>> }).__labourImportBench(base64, workers),
      [workbook, roster] as const,
    );
    samples.push({ ...timings, loadAverage1m: loadAverage1m() });
    await page.close();
  }
} finally {
  await browser.close();
}
const median = (key: string) => summarize(samples.map((sample) => sample[key] ?? 0));
const total = summarize(samples.map((sample) => (sample.parseMs ?? 0) + (sample.planMs ?? 0) + (sample.applyMs ?? 0)));
const withRead = summarize(samples.map((sample) => (sample.readXlsxMs ?? 0) + (sample.parseMs ?? 0) + (sample.planMs ?? 0) + (sample.applyMs ?? 0)));
const figures = {
  rows: ROWS, runs: RUNS, workers: WORKERS, records: samples[0]?.records, reimportUnchanged: samples[0]?.reimportUnchanged, xlsxBytes: Math.round((workbook.length * 3) / 4),
  readXlsxMs: median('readXlsxMs'), parseMs: median('parseMs'), planMs: median('planMs'), applyMs: median('applyMs'),
  reimportPlanMs: median('reimportPlanMs'), reimportApplyMs: median('reimportApplyMs'),
  parsePlanApplyMs: total, readParsePlanApplyMs: withRead, loadAverage1m: samples.map((sample) => round(sample.loadAverage1m ?? 0)),
};
console.table(Object.fromEntries(Object.entries(figures).filter(([, value]) => typeof value === 'object' && value !== null && 'median' in value)));
console.log(JSON.stringify({ machine, figures }, null, 2));
