// From snapshot points to the project health charts: one point per China day (that day's last
// snapshot), then the series of each chart. Nothing is computed here that shared/domain did not
// already compute on the relay; this only picks and lines up the figures. A series whose figure is
// missing on some day simply has no point there, so the chart leaves a gap instead of drawing a 0.
import type { IsoDay } from '../../../shared/iso-day';
import { dayToChartX, type ChartPoint, type ChartSeries } from '../../ui/chart/chart-data';
import type { SnapshotPoint } from './metrics-wire';

/** The last snapshot of each day, oldest day first. */
export function lastPerDay(points: readonly SnapshotPoint[]): SnapshotPoint[] {
  const byDay = new Map<IsoDay, SnapshotPoint>();
  for (const point of [...points].sort((a, b) => a.at - b.at)) byDay.set(point.day, point);
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

type FigurePicker = (point: SnapshotPoint) => number | null | undefined;

interface SeriesSpec {
  readonly label: string;
  readonly pick: FigurePicker;
  readonly dashed?: boolean;
}

function buildSeries(days: readonly SnapshotPoint[], specs: readonly SeriesSpec[]): ChartSeries[] {
  return specs.map((spec) => {
    const points: ChartPoint[] = [];
    for (const day of days) {
      const y = spec.pick(day);
      if (typeof y === 'number' && Number.isFinite(y)) points.push({ x: dayToChartX(day.day), y });
    }
    return { label: spec.label, points, ...(spec.dashed === true ? { dashed: true } : {}) };
  });
}

/** Burn-up: all tasks (the scope, dashed) and done tasks. */
export function burnUpSeries(days: readonly SnapshotPoint[], labels: { total: string; done: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.total, pick: (p) => p.tasks?.total, dashed: true },
    { label: labels.done, pick: (p) => p.tasks?.done },
  ]);
}

/** Planned (dashed) against actual progress from the schedule, and the share of board tasks done. */
export function progressSeries(days: readonly SnapshotPoint[], labels: { planned: string; actual: string; tasksDone: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.planned, pick: (p) => p.schedule?.plannedPercent, dashed: true },
    { label: labels.actual, pick: (p) => p.schedule?.actualPercent },
    { label: labels.tasksDone, pick: (p) => p.tasks?.percentComplete },
  ]);
}

export function overdueSeries(days: readonly SnapshotPoint[], labels: { overdue: string; lateCritical: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.overdue, pick: (p) => p.tasks?.overdue },
    { label: labels.lateCritical, pick: (p) => p.schedule?.lateCriticalTasks },
  ]);
}

/** Budget (dashed) against actual cost, in fen. */
export function costSeries(days: readonly SnapshotPoint[], labels: { budget: string; actual: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.budget, pick: (p) => p.finance?.budget, dashed: true },
    { label: labels.actual, pick: (p) => p.finance?.actual },
  ]);
}

/** Earned value curves, in fen; empty series when no snapshot carries them (see hasEarnedValue). */
export function earnedValueSeries(days: readonly SnapshotPoint[], labels: { pv: string; ev: string; ac: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.pv, pick: (p) => p.finance?.pv, dashed: true },
    { label: labels.ev, pick: (p) => p.finance?.ev },
    { label: labels.ac, pick: (p) => p.finance?.ac },
  ]);
}

/**
 * Why the newest finance snapshot has no earned value, or null when it has: no saved baseline, no
 * budget line tied to a baseline task, or 'missing' (no snapshot yet, or one from an older relay).
 */
export function earnedValueGap(days: readonly SnapshotPoint[]): 'no-baseline' | 'no-budget' | 'missing' | null {
  const state = days.at(-1)?.finance?.earnedValue ?? null;
  if (state === 'ready') return null;
  return state ?? 'missing';
}

/** Cash balance, with money received and paid to date, in fen. */
export function cashSeries(days: readonly SnapshotPoint[], labels: { balance: string; cashIn: string; cashOut: string }): ChartSeries[] {
  return buildSeries(days, [
    { label: labels.balance, pick: (p) => p.finance?.cashBalance },
    { label: labels.cashIn, pick: (p) => p.finance?.cashIn, dashed: true },
    { label: labels.cashOut, pick: (p) => p.finance?.cashOut, dashed: true },
  ]);
}

export interface LatestValue {
  readonly label: string;
  /** Null when the series has no point at all. */
  readonly value: number | null;
  /** The chart x (day number) of that value. */
  readonly x: number | null;
}

/** Each series' newest value: what the table under a chart shows, for screen readers and print. */
export function latestValues(series: readonly ChartSeries[]): LatestValue[] {
  return series.map((one) => {
    const last = [...one.points].sort((a, b) => a.x - b.x).at(-1);
    return { label: one.label, value: last?.y ?? null, x: last?.x ?? null };
  });
}
