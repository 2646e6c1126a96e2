// The shape of a schedule, built once per change of its structure (tasks added, removed or
// re-parented, links added, removed or re-pointed) and reused while only dates, durations, lags and
// progress change: dense node numbers for the leaf tasks, the links that apply as typed arrays in
// CSR form, the topological order, the circles found, and the WBS summaries in roll-up order.
import { makeAdjacency, topologicalOrder, type Adjacency } from './schedule-adjacency';
import { findCyclicComponents } from './cyclic-components';
import type { ScheduleLink, ScheduleTask } from './schedule-types';
import { LINK_TYPES } from './schedule-types';
import { buildWbsShape } from './wbs-shape';

export interface ScheduleGraph {
  readonly taskCount: number;
  /** Leaf tasks get node numbers in input order; summaries get -1. */
  readonly nodeOfTask: Int32Array;
  readonly taskOfNode: Int32Array;
  readonly nodeCount: number;
  /** Task id → task position. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Task position of each task's WBS parent, -1 for a root; children per task in CSR form. */
  readonly parentOfTask: Int32Array;
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** Summary task positions, deepest first, so children roll up before their parents. */
  readonly summaries: Int32Array;
  /** The links that apply (not ignored), numbered 0 … appliedCount - 1. */
  readonly appliedCount: number;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Input position of each applied link; and applied number of each input link, -1 when ignored. */
  readonly linkSource: Int32Array;
  readonly appliedOfInput: Int32Array;
  readonly incoming: Adjacency;
  readonly outgoing: Adjacency;
  readonly order: Int32Array;
  /** Position of each node in `order`. */
  readonly position: Int32Array;
  /** Task positions in the result's order: leaves in input order, then summaries in input order. */
  readonly recordOrder: Int32Array;
  readonly cycles: readonly (readonly string[])[];
  readonly ignoredLinks: readonly string[];
}

export function isUsableLink(link: ScheduleLink): boolean {
  return LINK_TYPES.includes(link.type) && Number.isSafeInteger(link.lag);
}

export function buildScheduleGraph(tasks: readonly ScheduleTask[], links: readonly ScheduleLink[]): ScheduleGraph {
  const wbs = buildWbsShape(tasks);
  const taskCount = tasks.length;
  const nodeOfTask = new Int32Array(taskCount).fill(-1);
  const leaves: number[] = [];
  for (let at = 0; at < taskCount; at++) {
    if (wbs.isSummary[at] === 1 || wbs.positionOf.get(tasks[at]?.id ?? '') !== at) continue;
    nodeOfTask[at] = leaves.length;
    leaves.push(at);
  }
  const nodeOf = (id: string): number | undefined => {
    const at = wbs.positionOf.get(id);
    const node = at === undefined ? -1 : (nodeOfTask[at] ?? -1);
    return node >= 0 ? node : undefined;
  };
  const nodeCount = leaves.length;

  // links between two leaves with a known type and a whole-number lag
  const ignored: string[] = [];
  const usable: number[] = [];
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  for (let at = 0; at < links.length; at++) {
    const link = links[at];
    if (link === undefined) continue;
    const a = nodeOf(link.from);
    const b = nodeOf(link.to);
    if (a === undefined || b === undefined || !isUsableLink(link)) {
      ignored.push(link.id);
      continue;
    }
    from[usable.length] = a;
    to[usable.length] = b;
    usable.push(at);
  }

  let applied = usable;
  let cycles: string[][] = [];
  const usableOut = makeAdjacency(nodeCount, from, usable.length);
  const inDegreeOf = (ends: Int32Array, count: number): Int32Array => {
    const degree = new Int32Array(nodeCount);
    for (let link = 0; link < count; link++) {
      const node = ends[link] ?? 0;
      degree[node] = (degree[node] ?? 0) + 1;
    }
    return degree;
  };
  let order = topologicalOrder(nodeCount, usableOut, to, inDegreeOf(to, usable.length));
  if (order.length < nodeCount) {
    // a circle: report its tasks and leave its links out until someone breaks it
    const { component, count } = findCyclicComponents(nodeCount, usableOut, to);
    const members: string[][] = Array.from({ length: count }, () => []);
    for (let node = 0; node < nodeCount; node++) {
      const at = component[node] ?? -1;
      if (at >= 0) members[at]?.push(tasks[leaves[node] ?? 0]?.id ?? '');
    }
    cycles = members.map((ids) => ids.sort()).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
    applied = [];
    let kept = 0;
    for (let link = 0; link < usable.length; link++) {
      const c = component[from[link] ?? 0] ?? -1;
      const source = usable[link] ?? 0;
      if (c >= 0 && c === component[to[link] ?? 0]) {
        ignored.push(links[source]?.id ?? '');
        continue;
      }
      from[kept] = from[link] ?? 0;
      to[kept++] = to[link] ?? 0;
      applied.push(source);
    }
  }

  const appliedCount = applied.length;
  const linkFrom = from.slice(0, appliedCount);
  const linkTo = to.slice(0, appliedCount);
  const linkSource = Int32Array.from(applied);
  const appliedOfInput = new Int32Array(links.length).fill(-1);
  for (let link = 0; link < appliedCount; link++) appliedOfInput[linkSource[link] ?? 0] = link;
  const outgoing = applied === usable ? usableOut : makeAdjacency(nodeCount, linkFrom);
  if (applied !== usable) order = topologicalOrder(nodeCount, outgoing, linkTo, inDegreeOf(linkTo, appliedCount));
  const position = new Int32Array(nodeCount);
  for (let at = 0; at < order.length; at++) position[order[at] ?? 0] = at;

  return {
    taskCount,
    nodeOfTask,
    taskOfNode: Int32Array.from(leaves),
    nodeCount,
    positionOf: wbs.positionOf,
    parentOfTask: wbs.parentOfTask,
    childStart: wbs.childStart,
    children: wbs.children,
    summaries: wbs.summaries,
    appliedCount,
    linkFrom,
    linkTo,
    linkSource,
    appliedOfInput,
    incoming: makeAdjacency(nodeCount, linkTo),
    outgoing,
    order,
    position,
    recordOrder: Int32Array.from([...leaves, ...summaryPositions(tasks.length, wbs.isSummary)]),
    cycles,
    ignoredLinks: ignored.sort(),
  };
}

function summaryPositions(taskCount: number, isSummary: Uint8Array): number[] {
  const positions: number[] = [];
  for (let at = 0; at < taskCount; at++) if (isSummary[at] === 1) positions.push(at);
  return positions;
}
