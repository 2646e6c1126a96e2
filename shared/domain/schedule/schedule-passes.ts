// The critical path method's two passes over typed arrays. Time is counted in working-day
// boundaries: a task from boundary ES to EF works the days ES … EF-1; a milestone sits at the end of
// day EF-1 (so a milestone after a task shows on that task's finish day). Each pass runs either over
// every task in topological order, or only over the region downstream (forward) or upstream
// (backward) of the tasks that changed, stopping wherever a task's dates come out unchanged.
import type { ScheduleGraph } from './schedule-graph';

/** "No such bound": far outside any schedule, and still safe to add lags and durations to. */
export const NO_FLOOR = -0x3fffffff;
export const NO_CEILING = 0x3fffffff;

/** Link types as small integers, in the order of LINK_TYPES. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;

export interface PassValues {
  readonly duration: Int32Array;
  /** 1 for a milestone, placed one boundary later than a task starting that day. */
  readonly shift: Uint8Array;
  /** A manual task's start boundary, NO_FLOOR for a task the engine places. */
  readonly fixedStart: Int32Array;
  /** Start no earlier than (a boundary), NO_FLOOR when unconstrained. */
  readonly notBefore: Int32Array;
  /** Finish no later than (a boundary), NO_CEILING when unconstrained. */
  readonly finishBy: Int32Array;
  readonly linkType: Uint8Array;
  readonly linkLag: Int32Array;
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly ls: Int32Array;
  readonly lf: Int32Array;
}

/** The boundary a link asks its successor `to` to start at, at the earliest. */
export function requiredStart(v: PassValues, link: number, from: number, to: number): number {
  const lag = v.linkLag[link] ?? 0;
  switch (v.linkType[link]) {
    case FS: return (v.ef[from] ?? 0) + lag;
    case SS: return (v.es[from] ?? 0) + lag;
    case FF: return (v.ef[from] ?? 0) + lag - (v.duration[to] ?? 0);
    default: return (v.es[from] ?? 0) + lag - (v.duration[to] ?? 0);
  }
}

function placeEarly(g: ScheduleGraph, v: PassValues, node: number): boolean {
  let es = v.fixedStart[node] ?? NO_FLOOR;
  if (es === NO_FLOOR) {
    es = Math.max(v.shift[node] ?? 0, v.notBefore[node] ?? NO_FLOOR);
    for (let at = g.incoming.start[node] ?? 0, end = g.incoming.start[node + 1] ?? 0; at < end; at++) {
      const link = g.incoming.links[at] ?? 0;
      es = Math.max(es, requiredStart(v, link, g.linkFrom[link] ?? 0, node));
    }
  }
  const ef = es + (v.duration[node] ?? 0);
  if (es === v.es[node] && ef === v.ef[node]) return false;
  v.es[node] = es;
  v.ef[node] = ef;
  return true;
}

function placeLate(g: ScheduleGraph, v: PassValues, node: number, finish: number): boolean {
  const duration = v.duration[node] ?? 0;
  let lf = Math.min(finish, v.finishBy[node] ?? NO_CEILING);
  for (let at = g.outgoing.start[node] ?? 0, end = g.outgoing.start[node + 1] ?? 0; at < end; at++) {
    const link = g.outgoing.links[at] ?? 0;
    const to = g.linkTo[link] ?? 0;
    const lag = v.linkLag[link] ?? 0;
    switch (v.linkType[link]) {
      case FS: lf = Math.min(lf, (v.ls[to] ?? 0) - lag); break;
      case SS: lf = Math.min(lf, (v.ls[to] ?? 0) - lag + duration); break;
      case FF: lf = Math.min(lf, (v.lf[to] ?? 0) - lag); break;
      default: lf = Math.min(lf, (v.lf[to] ?? 0) - lag + duration); break;
    }
  }
  if (lf === v.lf[node] && lf - duration === v.ls[node]) return false;
  v.lf[node] = lf;
  v.ls[node] = lf - duration;
  return true;
}

/**
 * Forward pass. With `dirty` (1 = this task's inputs changed), only tasks downstream of a change are
 * looked at again; the flags are cleared, and each task whose dates moved is marked in `touched`.
 * Returns how many tasks were placed.
 */
export function forwardPass(g: ScheduleGraph, v: PassValues, dirty: Uint8Array | null, touched: Uint8Array | null = null): number {
  let placed = 0;
  for (let at = 0; at < g.order.length; at++) {
    const node = g.order[at] ?? 0;
    if (dirty !== null) {
      if (dirty[node] !== 1) continue;
      dirty[node] = 0;
    }
    placed++;
    if (!placeEarly(g, v, node) || dirty === null) continue;
    if (touched !== null) touched[node] = 1;
    for (let k = g.outgoing.start[node] ?? 0, end = g.outgoing.start[node + 1] ?? 0; k < end; k++) dirty[g.linkTo[g.outgoing.links[k] ?? 0] ?? 0] = 1;
  }
  return placed;
}

/** Backward pass, the mirror image: with `dirty`, only tasks upstream of a change. */
export function backwardPass(g: ScheduleGraph, v: PassValues, finish: number, dirty: Uint8Array | null, touched: Uint8Array | null = null): number {
  let placed = 0;
  for (let at = g.order.length - 1; at >= 0; at--) {
    const node = g.order[at] ?? 0;
    if (dirty !== null) {
      if (dirty[node] !== 1) continue;
      dirty[node] = 0;
    }
    placed++;
    if (!placeLate(g, v, node, finish) || dirty === null) continue;
    if (touched !== null) touched[node] = 1;
    for (let k = g.incoming.start[node] ?? 0, end = g.incoming.start[node + 1] ?? 0; k < end; k++) dirty[g.linkFrom[g.incoming.links[k] ?? 0] ?? 0] = 1;
  }
  return placed;
}

/** The project's finish boundary: the latest early finish, and at least the end of the first day. */
export function finishBoundary(v: PassValues, nodeCount: number): number {
  let finish = 1;
  for (let node = 0; node < nodeCount; node++) finish = Math.max(finish, v.ef[node] ?? 0);
  return finish;
}

/** Working days a task can slip without moving any successor (or, with none, the project finish). */
export function freeFloatOf(g: ScheduleGraph, v: PassValues, node: number, finish: number): number {
  let free = (v.ls[node] ?? 0) - (v.es[node] ?? 0);
  const startAt = g.outgoing.start[node] ?? 0;
  const end = g.outgoing.start[node + 1] ?? 0;
  if (startAt === end) free = Math.min(free, finish - (v.ef[node] ?? 0));
  for (let at = startAt; at < end; at++) {
    const link = g.outgoing.links[at] ?? 0;
    const to = g.linkTo[link] ?? 0;
    const lag = v.linkLag[link] ?? 0;
    switch (v.linkType[link]) {
      case FS: free = Math.min(free, (v.es[to] ?? 0) - ((v.ef[node] ?? 0) + lag)); break;
      case SS: free = Math.min(free, (v.es[to] ?? 0) - ((v.es[node] ?? 0) + lag)); break;
      case FF: free = Math.min(free, (v.ef[to] ?? 0) - ((v.ef[node] ?? 0) + lag)); break;
      default: free = Math.min(free, (v.ef[to] ?? 0) - ((v.es[node] ?? 0) + lag)); break;
    }
  }
  return free;
}
