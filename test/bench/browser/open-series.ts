// Cold opens of one board size, repeated; a run that does not finish in time ends the series (the
// next run would not finish either) and is reported as such, not as a number. Its tab is left
// stuck: the caller must close that browser before measuring anything else on it.
import type { Browser } from 'playwright-core';
import { measureColdOpen, type ColdOpenRun } from './cold-open';
import { OpenTimeoutError } from './cold-open-probe';
import { loadAverage1m } from './machine';
import type { SeededProject } from './seed-docs';

export interface OpenSeries {
  readonly tasks: number;
  readonly runs: readonly ColdOpenRun[];
  /** Set when a run was cut off: the load average then and the limit it passed. */
  readonly unfinished: { readonly timeoutMs: number; readonly loadAverage1m: number } | null;
}

export async function measureOpenSeries(browser: Browser, baseUrl: string, seed: SeededProject, tasks: number, runs: number, timeoutMs: number): Promise<OpenSeries> {
  const done: ColdOpenRun[] = [];
  for (let i = 0; i < runs; i++) {
    const loadAverage = loadAverage1m();
    try {
      done.push(await measureColdOpen(browser, baseUrl, seed, timeoutMs));
    } catch (error) {
      if (!(error instanceof OpenTimeoutError)) throw error;
      return { tasks, runs: done, unfinished: { timeoutMs, loadAverage1m: loadAverage } };
    }
  }
  return { tasks, runs: done, unfinished: null };
}
