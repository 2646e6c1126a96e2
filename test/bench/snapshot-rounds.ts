// `--snapshots off,on --rounds N`: the modes alternate in ABBA order (off on | on off | off on …),
// each run in a fresh relay, so drifting load on a shared machine falls on both modes alike; per
// figure the median across rounds, the on/off ratio of those medians, and every round's own figure.
import type { Metrics } from './client-job';
import type { SnapshotMode } from './bench-flags';
import { median, round } from './timing';

export interface RoundRun {
  /** 1-based, as printed. */
  readonly round: number;
  readonly mode: SnapshotMode;
}

export interface MeasuredRun extends RoundRun {
  readonly figures: Metrics;
  /** 1-minute load average when this run started. */
  readonly loadAverage1m: number;
}

/** Every round runs each mode once; odd rounds in the given order, even rounds reversed. */
export function roundOrder(modes: readonly SnapshotMode[], rounds: number): RoundRun[] {
  return Array.from({ length: rounds }, (_, index) => (index % 2 === 0 ? modes : [...modes].reverse()).map((mode) => ({ round: index + 1, mode }))).flat();
}

/**
 * One flat set of figures: with one round exactly today's `snapshots <mode>: <figure>`; with more,
 * `snapshots <mode>, median of N: <figure>` and `round R <mode>: <figure>` (plus that run's load),
 * and with both modes `on/off: <figure>` for the ratio of the medians.
 */
export function summarizeRounds(runs: readonly MeasuredRun[]): Metrics {
  const rounds = new Set(runs.map((run) => run.round)).size;
  const modes = [...new Set(runs.map((run) => run.mode))];
  const summary: Metrics = {};
  const medians = new Map<SnapshotMode, Map<string, number | null>>();
  for (const mode of modes) {
    const ofMode = runs.filter((run) => run.mode === mode);
    const byFigure = new Map<string, number | null>();
    for (const name of [...new Set(ofMode.flatMap((run) => Object.keys(run.figures)))]) {
      const values = ofMode.map((run) => run.figures[name]).filter((value): value is number => typeof value === 'number' && !Number.isNaN(value));
      // a round that lost a figure makes its median meaningless, not smaller
      const middle = values.length === ofMode.length ? round(median(values)) : null;
      byFigure.set(name, middle);
      summary[rounds === 1 ? `snapshots ${mode}: ${name}` : `snapshots ${mode}, median of ${rounds}: ${name}`] = middle;
    }
    medians.set(mode, byFigure);
  }
  const off = medians.get('off');
  const on = medians.get('on');
  if (off !== undefined && on !== undefined) {
    for (const [name, offValue] of off) {
      const onValue = on.get(name);
      if (onValue === undefined) continue;
      summary[`on/off: ${name}`] = offValue === null || onValue === null || offValue === 0 ? null : round(onValue / offValue, 3);
    }
  }
  if (rounds > 1) {
    for (const run of runs) {
      summary[`round ${run.round} ${run.mode}: load (1 min)`] = run.loadAverage1m;
      for (const [name, value] of Object.entries(run.figures)) summary[`round ${run.round} ${run.mode}: ${name}`] = value;
    }
  }
  return summary;
}
