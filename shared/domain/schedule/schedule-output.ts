// Turns the passes' integers into ScheduledTask records, formatting days only here, at the end, and
// only for tasks whose figures changed since the last result (the others keep their record). Summary
// tasks are not scheduled: they span their leaves (earliest start to latest finish), their progress
// is the duration-weighted progress of the leaves, and their float is the smallest among them.
import type { WorkdayIndex } from '../calendar/workday-index';
import type { ScheduleGraph } from './schedule-graph';
import { freeFloatOf, type PassValues } from './schedule-passes';
import type { ScheduledTask, ScheduleTask } from './schedule-types';

/** Figures per task a record is built from: start, finish, late start, late finish (working-day indices), total float, free float, percent, duration. */
const FIELDS = 8;

export interface OutputState {
  readonly records: (ScheduledTask | undefined)[];
  readonly shown: Float64Array;
  /** Leaf progress, clamped to 0–100. */
  readonly percent: Float64Array;
  /** Per summary: total duration, duration × percent, leaf count and percent sum of its leaves. */
  readonly weight: Float64Array;
  readonly weighted: Float64Array;
  readonly leafCount: Float64Array;
  readonly percentSum: Float64Array;
}

export function makeOutputState(taskCount: number): OutputState {
  const numbers = (): Float64Array => new Float64Array(taskCount);
  return {
    records: new Array<ScheduledTask | undefined>(taskCount),
    shown: new Float64Array(taskCount * FIELDS).fill(Number.NaN),
    percent: numbers(), weight: numbers(), weighted: numbers(), leafCount: numbers(), percentSum: numbers(),
  };
}

export function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

/**
 * Rebuilds the records whose figures changed; returns how many. With `touched` (1 = the passes moved
 * this task's dates or its own fields changed), only those tasks and their predecessors (whose free
 * float they set) are looked at, and only the summaries above a changed record are rolled up again.
 */
export function refreshRecords(tasks: readonly ScheduleTask[], g: ScheduleGraph, v: PassValues, finish: number, index: WorkdayIndex, out: OutputState, touched: Uint8Array | null): number {
  let rebuilt = 0;
  const summaryDirty = new Uint8Array(g.taskCount);
  const figures = new Float64Array(FIELDS);
  for (let node = 0; node < g.nodeCount; node++) {
    if (touched !== null && touched[node] !== 1 && !hasTouchedSuccessor(g, node, touched)) continue;
    const at = g.taskOfNode[node] ?? 0;
    const shift = v.shift[node] ?? 0;
    const es = v.es[node] ?? 0;
    const ls = v.ls[node] ?? 0;
    figures[0] = es - shift;
    figures[1] = (v.ef[node] ?? 0) - 1;
    figures[2] = ls - shift;
    figures[3] = (v.lf[node] ?? 0) - 1;
    figures[4] = ls - es;
    figures[5] = freeFloatOf(g, v, node, finish);
    figures[6] = out.percent[at] ?? 0;
    figures[7] = v.duration[node] ?? 0;
    if (!takeFigures(out, at, figures)) continue;
    rebuilt++;
    out.records[at] = record(tasks[at]?.id ?? '', figures, false, figures[7] === 0, index);
    for (let up = g.parentOfTask[at] ?? -1; up >= 0 && summaryDirty[up] !== 1; up = g.parentOfTask[up] ?? -1) summaryDirty[up] = 1;
  }
  // deepest first, so a summary's children are up to date when it is rolled up
  for (const at of g.summaries) {
    if (touched !== null && summaryDirty[at] !== 1) continue;
    if (!rollUp(g, v, out, at, figures)) continue;
    if (!takeFigures(out, at, figures)) continue;
    rebuilt++;
    out.records[at] = record(tasks[at]?.id ?? '', figures, true, false, index);
  }
  return rebuilt;
}

function hasTouchedSuccessor(g: ScheduleGraph, node: number, touched: Uint8Array): boolean {
  for (let at = g.outgoing.start[node] ?? 0, end = g.outgoing.start[node + 1] ?? 0; at < end; at++) {
    if (touched[g.linkTo[g.outgoing.links[at] ?? 0] ?? 0] === 1) return true;
  }
  return false;
}

/** A summary's figures from its children's; false when it has no leaf below it. */
function rollUp(g: ScheduleGraph, v: PassValues, out: OutputState, at: number, figures: Float64Array): boolean {
  let start = Infinity;
  let finish = -Infinity;
  let lateStart = Infinity;
  let lateFinish = -Infinity;
  let totalFloat = Infinity;
  let freeFloat = Infinity;
  let weight = 0;
  let weighted = 0;
  let leafCount = 0;
  let percentSum = 0;
  for (let k = g.childStart[at] ?? 0, end = g.childStart[at + 1] ?? 0; k < end; k++) {
    const child = g.children[k] ?? 0;
    const node = g.nodeOfTask[child] ?? -1;
    const isLeaf = node >= 0;
    if (!isLeaf && (out.leafCount[child] ?? 0) === 0) continue;
    if (isLeaf && out.records[child] === undefined) continue;
    const base = child * FIELDS;
    start = Math.min(start, out.shown[base] ?? 0);
    finish = Math.max(finish, out.shown[base + 1] ?? 0);
    lateStart = Math.min(lateStart, out.shown[base + 2] ?? 0);
    lateFinish = Math.max(lateFinish, out.shown[base + 3] ?? 0);
    totalFloat = Math.min(totalFloat, out.shown[base + 4] ?? 0);
    freeFloat = Math.min(freeFloat, out.shown[base + 5] ?? 0);
    const duration = isLeaf ? (v.duration[node] ?? 0) : 0;
    const percent = out.percent[child] ?? 0;
    weight += isLeaf ? duration : (out.weight[child] ?? 0);
    weighted += isLeaf ? duration * percent : (out.weighted[child] ?? 0);
    leafCount += isLeaf ? 1 : (out.leafCount[child] ?? 0);
    percentSum += isLeaf ? percent : (out.percentSum[child] ?? 0);
  }
  out.weight[at] = weight;
  out.weighted[at] = weighted;
  out.leafCount[at] = leafCount;
  out.percentSum[at] = percentSum;
  if (leafCount === 0) return false;
  const percent = weight > 0 ? weighted / weight : percentSum / leafCount;
  figures.set([start, finish, lateStart, lateFinish, totalFloat, freeFloat, Math.round(percent * 10) / 10, finish >= start ? finish - start + 1 : 0]);
  return true;
}

/** Stores the figures for task `at`; true when they differ from the ones its record was built from. */
function takeFigures(out: OutputState, at: number, figures: Float64Array): boolean {
  const base = at * FIELDS;
  let differs = out.records[at] === undefined;
  for (let k = 0; k < FIELDS; k++) {
    if (out.shown[base + k] !== figures[k]) {
      differs = true;
      out.shown[base + k] = figures[k] ?? 0;
    }
  }
  return differs;
}

function record(id: string, f: Float64Array, isSummary: boolean, isMilestone: boolean, index: WorkdayIndex): ScheduledTask {
  const totalFloat = f[4] ?? 0;
  return {
    id,
    start: index.dayAt(f[0] ?? 0),
    finish: index.dayAt(f[1] ?? 0),
    duration: f[7] ?? 0,
    lateStart: index.dayAt(f[2] ?? 0),
    lateFinish: index.dayAt(f[3] ?? 0),
    totalFloat,
    freeFloat: f[5] ?? 0,
    critical: totalFloat <= 0,
    isSummary,
    isMilestone,
    percentComplete: f[6] ?? 0,
  };
}
