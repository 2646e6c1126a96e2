// The WBS hierarchy over task positions, for the scheduling engine: each task's parent, which tasks
// are summaries, and the summaries deepest first. Same rules as wbs-tree.ts: a parent that is
// missing, or a circle of parents (two devices re-parenting at once), makes the task a root; tasks
// hanging below a circle keep their parent.
import type { ScheduleTask } from './schedule-types';

export interface WbsShape {
  /** Task id → its position (the first, should an id repeat). */
  readonly positionOf: ReadonlyMap<string, number>;
  readonly parentOfTask: Int32Array;
  /** Children of task p: children[childStart[p]] … children[childStart[p + 1] - 1], in input order. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** 1 for a task with at least one child. */
  readonly isSummary: Uint8Array;
  readonly summaries: Int32Array;
}

export function buildWbsShape(tasks: readonly ScheduleTask[]): WbsShape {
  const count = tasks.length;
  const positionOf = new Map<string, number>();
  for (let at = count - 1; at >= 0; at--) positionOf.set(tasks[at]?.id ?? '', at);
  const named = new Int32Array(count);
  for (let at = 0; at < count; at++) {
    const parentId = tasks[at]?.parentId ?? null;
    named[at] = parentId === null ? -1 : (positionOf.get(parentId) ?? -1);
  }

  // walk up from every task once; a walk that meets its own path has found a circle
  const state = new Uint8Array(count); // 0 new, 1 on the current path, 2 done
  const inCircle = new Uint8Array(count);
  const path: number[] = [];
  for (let at = 0; at < count; at++) {
    path.length = 0;
    let node = at;
    while (node !== -1 && state[node] === 0) {
      state[node] = 1;
      path.push(node);
      node = named[node] ?? -1;
    }
    if (node !== -1 && state[node] === 1) for (let k = path.lastIndexOf(node); k < path.length; k++) inCircle[path[k] ?? 0] = 1;
    for (const visited of path) state[visited] = 2;
  }

  const parentOfTask = new Int32Array(count);
  const isSummary = new Uint8Array(count);
  for (let at = 0; at < count; at++) {
    const parent = inCircle[at] === 1 ? -1 : (named[at] ?? -1);
    parentOfTask[at] = parent;
    if (parent >= 0) isSummary[parent] = 1;
  }
  const depth = new Int32Array(count).fill(-1);
  const fillDepth = (at: number): void => {
    const chain: number[] = [];
    for (let node = at; node !== -1 && depth[node] === -1; node = parentOfTask[node] ?? -1) chain.push(node);
    for (let k = chain.length - 1; k >= 0; k--) {
      const node = chain[k] ?? 0;
      const parent = parentOfTask[node] ?? -1;
      depth[node] = parent === -1 ? 0 : (depth[parent] ?? 0) + 1;
    }
  };
  const summaries: number[] = [];
  for (let at = 0; at < count; at++) if (isSummary[at] === 1) summaries.push(at);
  for (const at of summaries) fillDepth(at);
  summaries.sort((a, b) => (depth[b] ?? 0) - (depth[a] ?? 0) || a - b);
  const childStart = new Int32Array(count + 1);
  for (let at = 0; at < count; at++) {
    const parent = parentOfTask[at] ?? -1;
    if (parent >= 0) childStart[parent + 1] = (childStart[parent + 1] ?? 0) + 1;
  }
  for (let at = 0; at < count; at++) childStart[at + 1] = (childStart[at + 1] ?? 0) + (childStart[at] ?? 0);
  const fill = childStart.slice(0, count);
  const children = new Int32Array(childStart[count] ?? 0);
  for (let at = 0; at < count; at++) {
    const parent = parentOfTask[at] ?? -1;
    if (parent < 0) continue;
    const slot = fill[parent] ?? 0;
    children[slot] = at;
    fill[parent] = slot + 1;
  }
  return { positionOf, parentOfTask, childStart, children, isSummary, summaries: Int32Array.from(summaries) };
}
