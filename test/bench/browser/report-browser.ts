// Prints the browser figures as tables (median / p95 / worst, load average beside each) and then
// everything as one JSON document with the machine it ran on.
import type { BundleReport } from './bundle-size';
import type { DragRun } from './drag';
import type { Machine } from './machine';
import type { OpenSeries } from './open-series';
import { round, summarize, type Summary } from './stats';

export interface BrowserBenchResult {
  readonly machine: Machine;
  readonly appRoot: string;
  readonly buildMs: number;
  readonly opens: readonly OpenSeries[];
  readonly drag: DragRun | { readonly error: string };
  readonly firstScreen: BundleReport;
  readonly boardRoute: BundleReport;
}

const GOALS = { openMs: 1500, dropMs: 50, firstScreenGzipKiB: 120 } as const;

export function printReport(result: BrowserBenchResult): void {
  const { machine } = result;
  console.log(`\nBrowser benchmarks: ${machine.cpu} ×${machine.cores}, ${machine.memoryGiB} GiB, ${machine.os}, Chromium ${machine.chromium}, Node ${machine.node}, ${machine.date}`);
  console.log(`app built from ${result.appRoot} in ${result.buildMs} ms\n`);
  console.log(`Cold open from IndexedDB, ms since navigation start (goal: interactive < ${GOALS.openMs} ms)`);
  console.table(result.opens.map((series) => ({
    cards: series.tasks,
    runs: series.runs.length,
    'interactive median': stat(summarize(series.runs.map((run) => run.interactiveMs)), 'median'),
    'interactive worst': series.unfinished ? `> ${series.unfinished.timeoutMs} (cut off)` : stat(summarize(series.runs.map((run) => run.interactiveMs)), 'worst'),
    'cards in DOM median': stat(summarize(series.runs.map((run) => run.cardsInDomMs)), 'median'),
    'IDB read done median': stat(summarize(series.runs.flatMap((run) => (run.idbReadEndMs === null ? [] : [run.idbReadEndMs]))), 'median'),
    'first contentful paint median': stat(summarize(series.runs.flatMap((run) => (run.firstContentfulPaintMs === null ? [] : [run.firstContentfulPaintMs]))), 'median'),
    'longest task median': stat(summarize(series.runs.map((run) => run.longestTaskMs)), 'median'),
    'load avg': [...series.runs.map((run) => run.loadAverage1m), ...(series.unfinished ? [series.unfinished.loadAverage1m] : [])].join(' '),
  })));
  if ('error' in result.drag) {
    console.log(`Drag: not measured: ${result.drag.error}`);
  } else {
    const drag = result.drag;
    console.log(`Drag on a ${drag.cardsOnBoard}-card board (${drag.cardsInDom} in the DOM, opened in ${round(drag.openMs)} ms), load avg ${drag.loadAverage1m} (goal: drop → next paint < ${GOALS.dropMs} ms)`);
    console.table({
      'pointerup → card in new column (DOM)': summarize(drag.drops.map((drop) => drop.toDomMs)),
      'pointerup → next frame starts': summarize(drag.drops.map((drop) => drop.toFrameMs)),
      'pointerup → next frame painted': summarize(drag.drops.map((drop) => drop.toPaintMs)),
      'pointermove → next frame painted': summarize(drag.movesToPaintMs),
      'Event Timing pointerup duration (≥16 ms only)': summarize(drag.pointerupEventDurationsMs),
    });
  }
  console.log(`JavaScript for the first screen, gzip -9 (goal: < ${GOALS.firstScreenGzipKiB} KiB)`);
  console.table([
    { screen: 'index.html entry + modulepreload', ...totals(result.firstScreen) },
    { screen: 'a board link (scripts the tab loaded)', ...totals(result.boardRoute) },
  ]);
  console.log('Board link scripts by source package (gzip shared out by raw bytes)');
  console.table(result.boardRoute.parts.slice(0, 15).map((part) => ({ part: part.part, 'raw KiB': kib(part.rawBytes), 'gzip KiB': kib(part.gzipBytes) })));
  console.log(JSON.stringify(result, null, 2));
}

function stat(summary: Summary | null, key: 'median' | 'worst'): number | string {
  return summary === null ? '-' : summary[key];
}

function totals(report: BundleReport): { files: string; 'raw KiB': number; 'gzip KiB': number } {
  return { files: report.chunks.map((chunk) => `${chunk.file} ${kib(chunk.gzipBytes)}`).join(', '), 'raw KiB': kib(report.totalRawBytes), 'gzip KiB': kib(report.totalGzipBytes) };
}

function kib(bytes: number): number {
  return round(bytes / 1024);
}
