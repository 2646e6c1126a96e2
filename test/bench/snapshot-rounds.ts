// `--snapshots off,on --rounds N`: the modes alternate in ABBA order (off on | on off | off on …),
// each run in a fresh relay, so drifting load on a shared machine falls on both modes alike; per
// figure the median across rounds, the on/off ratio of those medians, and every round's own figure;
// and, from the raw deliveries, each mode's percentiles over all its rounds pooled (pooled-latency.ts).
import type { Metrics, Samples } from './client-job';
import type { RunMode } from './bench-flags';
import { bootstrapRatioInterval, pooledPercentile } from './pooled-latency';
import { median, round } from './timing';

export interface RoundRun {
  /** 1-based, as printed. */
  readonly round: number;
  readonly mode: RunMode;
}

export interface MeasuredRun extends RoundRun {
  readonly figures: Metrics;
  /** 1-minute load average when this run started. */
  readonly loadAverage1m: number;
  /** Every delivery of the run in ms, per room label ("20 obs"); absent: no pooled figures. */
  readonly samples?: Samples;
}

/** Pooled percentiles reported per mode and room; the on/off ratio and its bootstrap for each. */
export const POOLED_PERCENTILES = [
  { name: 'p50', p: 50 },
  { name: 'p99', p: 99 },
  { name: 'p99.9', p: 99.9 },
] as const;

/** Every round runs each mode once; odd rounds in the given order, even rounds reversed. */
export function roundOrder(modes: readonly RunMode[], rounds: number): RoundRun[] {
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
  const medians = new Map<RunMode, Map<string, number | null>>();
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
  for (const [mode, on] of medians) {
    if (off === undefined || mode === 'off') continue;
    for (const [name, offValue] of off) {
      const onValue = on.get(name);
      if (onValue === undefined) continue;
      summary[`${mode}/off: ${name}`] = offValue === null || onValue === null || offValue === 0 ? null : round(onValue / offValue, 3);
    }
  }
  Object.assign(summary, summarizePooled(runs, modes, rounds));
  if (rounds > 1) {
    for (const run of runs) {
      summary[`round ${run.round} ${run.mode}: load (1 min)`] = run.loadAverage1m;
      for (const [name, value] of Object.entries(run.figures)) summary[`round ${run.round} ${run.mode}: ${name}`] = value;
    }
  }
  return summary;
}

/**
 * Per mode and room, `snapshots <mode>, pooled N rounds: <room>: p99 (ms)` over every delivery of
 * that mode; with "off" and another mode `<mode>/off pooled: …` and, with 2+ rounds, `… 90 % low`/`… 90 % high` from
 * resampling whole rounds. A room some run of the mode lacks samples for is left out, not pooled short.
 */
export function summarizePooled(runs: readonly MeasuredRun[], modes: readonly RunMode[], rounds: number): Metrics {
  const summary: Metrics = {};
  const byMode = new Map<RunMode, Map<string, (readonly number[])[]>>();
  for (const mode of modes) {
    const ofMode = runs.filter((run) => run.mode === mode);
    const labels = [...new Set(ofMode.flatMap((run) => Object.keys(run.samples ?? {})))];
    const byLabel = new Map<string, (readonly number[])[]>();
    for (const label of labels) {
      const perRun = ofMode.map((run) => run.samples?.[label]);
      if (perRun.some((samples) => samples === undefined)) continue;
      const complete = perRun.filter((samples): samples is readonly number[] => samples !== undefined);
      byLabel.set(label, complete);
      const prefix = `snapshots ${mode}, pooled ${rounds} ${rounds === 1 ? 'round' : 'rounds'}: ${label}`;
      for (const { name, p } of POOLED_PERCENTILES) summary[`${prefix}: ${name} (ms)`] = nanToNull(round(pooledPercentile(complete, p)));
      summary[`${prefix}: deliveries`] = complete.reduce((sum, samples) => sum + samples.length, 0);
    }
    byMode.set(mode, byLabel);
  }
  const off = byMode.get('off');
  if (off === undefined) return summary;
  for (const [mode, on] of byMode) {
    if (mode === 'off') continue;
    for (const [label, offRuns] of off) {
      const onRuns = on.get(label);
      if (onRuns === undefined) continue;
      for (const { name, p } of POOLED_PERCENTILES) {
        const offValue = pooledPercentile(offRuns, p);
        const onValue = pooledPercentile(onRuns, p);
        summary[`${mode}/off pooled: ${label}: ${name}`] = offValue > 0 && Number.isFinite(onValue) ? round(onValue / offValue, 3) : null;
        const interval = bootstrapRatioInterval(offRuns, onRuns, p);
        if (interval === null) continue;
        summary[`${mode}/off pooled: ${label}: ${name} 90 % low`] = interval.low;
        summary[`${mode}/off pooled: ${label}: ${name} 90 % high`] = interval.high;
      }
    }
  }
  return summary;
}

function nanToNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
