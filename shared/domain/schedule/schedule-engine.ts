// The scheduling engine that remembers its last run, for a Gantt that reschedules on every drag.
// `update` compares the new tasks and links with the last ones: when the structure is the same (same
// tasks in the same order with the same parents, same links between the same tasks) and only dates,
// durations, modes, constraints, progress, lags or link types changed, it keeps the graph and its
// topological order and recomputes only downstream of what changed (forward pass) and upstream of it
// (backward pass, or all of it when the project finish moved). Otherwise it rebuilds everything.
// Either way the result equals computeSchedule's for the same input.
import type { IsoDay } from '../../iso-day';
import { toDayNumber } from '../calendar/day-number';
import { makeWorkdayIndex, type WorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { buildScheduleGraph, isUsableLink, type ScheduleGraph } from './schedule-graph';
import { clampPercent, makeOutputState, refreshRecords, type OutputState } from './schedule-output';
import { backwardPass, finishBoundary, forwardPass, NO_CEILING, NO_FLOOR, requiredStart, type PassValues } from './schedule-passes';
import { ScheduledTaskMap } from './scheduled-task-map';
import type { LinkViolation, ScheduleLink, ScheduleResult, ScheduleTask } from './schedule-types';
import { LINK_TYPES } from './schedule-types';

/** A local copy: read in a loop over every task, where a module binding costs a lookup under some loaders. */
const NOT_FIXED = NO_FLOOR;

export interface ScheduleInput {
  readonly tasks: readonly ScheduleTask[];
  readonly links: readonly ScheduleLink[];
  readonly calendar: WorkingCalendar;
  readonly projectStart: IsoDay;
}

export interface UpdateStats {
  /** 'full': graph rebuilt; 'incremental': graph kept, passes limited to the changed region; 'unchanged': nothing to do. */
  readonly kind: 'full' | 'incremental' | 'unchanged';
  /** Tasks each pass looked at. */
  readonly forwardPlaced: number;
  readonly backwardPlaced: number;
  /** Result records built anew (the others were kept from the last result). */
  readonly recordsRebuilt: number;
  /** The project finish moved, so every late date was recomputed. */
  readonly finishMoved: boolean;
}

export interface ScheduleEngine {
  update(input: Omit<ScheduleInput, 'calendar'>): ScheduleResult;
  /** How the last update was computed, for tests and benchmarks. */
  lastUpdate(): UpdateStats;
}

interface State {
  readonly tasks: readonly ScheduleTask[];
  readonly links: readonly ScheduleLink[];
  readonly projectStart: IsoDay;
  readonly index: WorkdayIndex;
  readonly graph: ScheduleGraph;
  readonly values: PassValues;
  readonly output: OutputState;
  finish: number;
  readonly result: ScheduleResult;
}

export function makeScheduleEngine(calendar: WorkingCalendar): ScheduleEngine {
  let state: State | null = null;
  let stats: UpdateStats = { kind: 'unchanged', forwardPlaced: 0, backwardPlaced: 0, recordsRebuilt: 0, finishMoved: false };

  const full = (tasks: readonly ScheduleTask[], links: readonly ScheduleLink[], projectStart: IsoDay): State => {
    const index = state !== null && state.projectStart === projectStart ? state.index : makeWorkdayIndex(calendar, projectStart);
    const graph = buildScheduleGraph(tasks, links);
    const values = makeValues(graph.nodeCount, links.length);
    for (let at = 0; at < links.length; at++) {
      const applied = graph.appliedOfInput[at] ?? -1;
      const link = links[at];
      if (applied >= 0 && link !== undefined) setLink(values, applied, link);
    }
    const output = makeOutputState(tasks.length);
    for (let node = 0; node < graph.nodeCount; node++) setTask(values, output, node, graph.taskOfNode[node] ?? 0, tasks, index);
    const forwardPlaced = forwardPass(graph, values, null);
    const finish = finishBoundary(values, graph.nodeCount);
    const backwardPlaced = backwardPass(graph, values, finish, null);
    const recordsRebuilt = refreshRecords(tasks, graph, values, finish, index, output, null);
    stats = { kind: 'full', forwardPlaced, backwardPlaced, recordsRebuilt, finishMoved: true };
    return withResult({ tasks, links, projectStart, index, graph, values, output, finish });
  };

  /** Applies the changes in place; false when the structure changed and a full run is needed. */
  const incremental = (s: State, tasks: readonly ScheduleTask[], links: readonly ScheduleLink[]): boolean => {
    const g = s.graph;
    if (tasks.length !== s.tasks.length || links.length !== s.links.length) return false;
    const n = g.nodeCount;
    const forward = new Uint8Array(n);
    const backward = new Uint8Array(n);
    const touched = new Uint8Array(n);
    for (let at = 0; at < links.length; at++) {
      const before = s.links[at];
      const after = links[at];
      if (before === after || before === undefined || after === undefined) continue;
      if (before.id !== after.id || before.from !== after.from || before.to !== after.to || isUsableLink(before) !== isUsableLink(after)) return false;
      const applied = g.appliedOfInput[at] ?? -1;
      if (applied < 0 || (before.type === after.type && before.lag === after.lag)) continue;
      setLink(s.values, applied, after);
      forward[g.linkTo[applied] ?? 0] = 1;
      backward[g.linkFrom[applied] ?? 0] = 1;
      // the predecessor's free float depends on the link even when no date moves
      touched[g.linkFrom[applied] ?? 0] = 1;
    }
    for (let at = 0; at < tasks.length; at++) {
      const before = s.tasks[at];
      const after = tasks[at];
      if (before === after || before === undefined || after === undefined) continue;
      if (before.id !== after.id || before.parentId !== after.parentId) return false;
      const node = g.nodeOfTask[at] ?? -1;
      if (node < 0) continue;
      const v = s.values;
      const was = [v.duration[node], v.shift[node], v.fixedStart[node], v.notBefore[node], v.finishBy[node]];
      setTask(v, s.output, node, at, tasks, s.index);
      touched[node] = 1;
      if (was[0] !== v.duration[node] || was[1] !== v.shift[node] || was[2] !== v.fixedStart[node] || was[3] !== v.notBefore[node]) forward[node] = 1;
      if (was[0] !== v.duration[node] || was[4] !== v.finishBy[node]) backward[node] = 1;
    }
    const forwardPlaced = forwardPass(g, s.values, forward, touched);
    const finish = finishBoundary(s.values, n);
    // a new project finish moves every late date: then the backward pass and the records are redone in full
    const sameFinish = finish === s.finish;
    const backwardPlaced = backwardPass(g, s.values, finish, sameFinish ? backward : null, touched);
    s.finish = finish;
    const recordsRebuilt = refreshRecords(tasks, g, s.values, finish, s.index, s.output, sameFinish ? touched : null);
    stats = { kind: 'incremental', forwardPlaced, backwardPlaced, recordsRebuilt, finishMoved: !sameFinish };
    return true;
  };

  return {
    update({ tasks, links, projectStart }) {
      const s = state;
      if (s !== null && s.projectStart === projectStart) {
        if (s.tasks === tasks && s.links === links) {
          stats = { kind: 'unchanged', forwardPlaced: 0, backwardPlaced: 0, recordsRebuilt: 0, finishMoved: false };
          return s.result;
        }
        if (incremental(s, tasks, links)) {
          state = withResult({ ...s, tasks, links });
          return state.result;
        }
      }
      state = full(tasks, links, projectStart);
      return state.result;
    },
    lastUpdate: () => stats,
  };
}

function makeValues(nodeCount: number, linkCount: number): PassValues {
  const ints = (): Int32Array => new Int32Array(nodeCount);
  return {
    duration: ints(), shift: new Uint8Array(nodeCount), fixedStart: ints(), notBefore: ints(), finishBy: ints(),
    linkType: new Uint8Array(linkCount), linkLag: new Int32Array(linkCount), es: ints(), ef: ints(), ls: ints(), lf: ints(),
  };
}

function setLink(v: PassValues, applied: number, link: ScheduleLink): void {
  v.linkType[applied] = LINK_TYPES.indexOf(link.type);
  v.linkLag[applied] = link.lag;
}

function setTask(v: PassValues, output: OutputState, node: number, at: number, tasks: readonly ScheduleTask[], index: WorkdayIndex): void {
  const task = tasks[at];
  if (task === undefined) return;
  const duration = Number.isSafeInteger(task.duration) && task.duration > 0 ? task.duration : 0;
  const shift = duration === 0 ? 1 : 0;
  v.duration[node] = duration;
  v.shift[node] = shift;
  v.fixedStart[node] = task.mode === 'manual' && task.start !== null ? index.indexOf(task.start) + shift : NO_FLOOR;
  const constraint = task.constraint;
  v.notBefore[node] = constraint?.kind === 'start-no-earlier-than' ? index.indexOf(constraint.day) + shift : NO_FLOOR;
  // finish no later than a day: end by the boundary after the last working day on or before it
  v.finishBy[node] = constraint?.kind === 'finish-no-later-than' ? index.indexOfDayNumber(toDayNumber(constraint.day) + 1) : NO_CEILING;
  output.percent[at] = clampPercent(task.percentComplete);
}

function withResult(s: Omit<State, 'result'>): State {
  const { graph: g, values: v, output } = s;
  const tasks = new ScheduledTaskMap(g.positionOf, g.recordOrder, output.records.slice());
  const result = { tasks, projectStart: s.index.dayAt(0), projectFinish: s.index.dayAt(s.finish - 1), cycles: g.cycles, ignoredLinks: g.ignoredLinks, violations: violationsOf(s.links, g, v) };
  return { ...s, result };
}

/** Links a manual task's fixed start breaks, in input order. */
function violationsOf(links: readonly ScheduleLink[], g: ScheduleGraph, v: PassValues): LinkViolation[] {
  const found: [source: number, gap: number][] = [];
  for (let node = 0; node < g.nodeCount; node++) {
    if (v.fixedStart[node] === NOT_FIXED) continue;
    for (let at = g.incoming.start[node] ?? 0, end = g.incoming.start[node + 1] ?? 0; at < end; at++) {
      const link = g.incoming.links[at] ?? 0;
      const gap = requiredStart(v, link, g.linkFrom[link] ?? 0, node) - (v.es[node] ?? 0);
      if (gap > 0) found.push([g.linkSource[link] ?? 0, gap]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([source, byDays]) => ({ linkId: links[source]?.id ?? '', byDays }));
}
