// The critical path method over a working calendar: a forward pass for early dates, a backward pass
// for late dates, total and free float, and the critical path. Time is counted in working-day
// boundaries: a task from boundary ES to EF works the days ES … EF-1; a milestone sits at the end of
// day EF-1 (so a milestone after a task shows on that task's finish day).
import type { IsoDay } from '../../iso-day';
import { makeWorkdayIndex } from '../calendar/workday-index';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { findCycles } from './link-cycles';
import type { LinkViolation, ScheduleLink, ScheduleResult, ScheduledTask, ScheduleTask } from './schedule-types';
import { LINK_TYPES } from './schedule-types';
import { rollUpSummaries } from './summary-rollup';
import { buildWbsTree } from './wbs-tree';

export interface ScheduleInput {
  readonly tasks: readonly ScheduleTask[];
  readonly links: readonly ScheduleLink[];
  readonly calendar: WorkingCalendar;
  readonly projectStart: IsoDay;
}

interface Node {
  readonly task: ScheduleTask;
  readonly duration: number;
  /** Milestones are placed at the end of a day: one boundary later than a task starting that day. */
  readonly shift: 0 | 1;
  es: number;
  ef: number;
  ls: number;
  lf: number;
}

export function computeSchedule(input: ScheduleInput): ScheduleResult {
  const index = makeWorkdayIndex(input.calendar, input.projectStart);
  const tree = buildWbsTree(input.tasks);
  const nodes = new Map<string, Node>();
  for (const task of input.tasks) {
    if (tree.isSummary(task.id)) continue;
    const duration = Number.isSafeInteger(task.duration) && task.duration > 0 ? task.duration : 0;
    nodes.set(task.id, { task, duration, shift: duration === 0 ? 1 : 0, es: 0, ef: 0, ls: 0, lf: 0 });
  }

  const ignored = new Set<string>();
  const usable = input.links.filter((link) => {
    const ok = nodes.has(link.from) && nodes.has(link.to) && LINK_TYPES.includes(link.type) && Number.isSafeInteger(link.lag);
    if (!ok) ignored.add(link.id);
    return ok;
  });
  const successors = new Map<string, string[]>();
  for (const link of usable) {
    const list = successors.get(link.from);
    if (list) list.push(link.to);
    else successors.set(link.from, [link.to]);
  }
  const cycles = findCycles([...nodes.keys()], successors);
  const cycleOf = new Map<string, number>();
  cycles.forEach((members, at) => members.forEach((member) => cycleOf.set(member, at)));
  const links = usable.filter((link) => {
    const inCycle = cycleOf.has(link.from) && cycleOf.get(link.from) === cycleOf.get(link.to);
    if (inCycle) ignored.add(link.id);
    return !inCycle;
  });

  const order = topologicalOrder([...nodes.keys()], links);
  const incoming = groupBy(links, (link) => link.to);
  const outgoing = groupBy(links, (link) => link.from);
  const violations: LinkViolation[] = [];
  const need = (link: ScheduleLink, successor: Node): number => {
    const from = nodes.get(link.from);
    if (!from) return Number.NEGATIVE_INFINITY;
    switch (link.type) {
      case 'FS': return from.ef + link.lag;
      case 'SS': return from.es + link.lag;
      case 'FF': return from.ef + link.lag - successor.duration;
      case 'SF': return from.es + link.lag - successor.duration;
    }
  };

  for (const id of order) {
    const node = nodes.get(id);
    if (!node) continue;
    let required: number = node.shift;
    for (const link of incoming.get(id) ?? []) required = Math.max(required, need(link, node));
    const constraint = node.task.constraint;
    const earliest = constraint?.kind === 'start-no-earlier-than' ? Math.max(required, index.indexOf(constraint.day) + node.shift) : required;
    if (node.task.mode === 'manual' && node.task.start !== null) {
      node.es = index.indexOf(node.task.start) + node.shift;
      for (const link of incoming.get(id) ?? []) {
        const gap = need(link, node) - node.es;
        if (gap > 0) violations.push({ linkId: link.id, byDays: gap });
      }
    } else {
      node.es = earliest;
    }
    node.ef = node.es + node.duration;
  }

  let finishBoundary = 1;
  for (const node of nodes.values()) finishBoundary = Math.max(finishBoundary, node.ef);
  for (const id of [...order].reverse()) {
    const node = nodes.get(id);
    if (!node) continue;
    let lf = finishBoundary;
    const constraint = node.task.constraint;
    if (constraint?.kind === 'finish-no-later-than') lf = Math.min(lf, index.indexOf(constraint.day) + 1);
    for (const link of outgoing.get(id) ?? []) {
      const to = nodes.get(link.to);
      if (!to) continue;
      switch (link.type) {
        case 'FS': lf = Math.min(lf, to.ls - link.lag); break;
        case 'SS': lf = Math.min(lf, to.ls - link.lag + node.duration); break;
        case 'FF': lf = Math.min(lf, to.lf - link.lag); break;
        case 'SF': lf = Math.min(lf, to.lf - link.lag + node.duration); break;
      }
    }
    node.lf = lf;
    node.ls = lf - node.duration;
  }

  const dayOfStart = (node: Node, boundary: number): IsoDay => index.dayAt(boundary - node.shift);
  const dayOfFinish = (boundary: number): IsoDay => index.dayAt(boundary - 1);
  const scheduled = new Map<string, ScheduledTask>();
  for (const node of nodes.values()) {
    const totalFloat = node.ls - node.es;
    let freeFloat = totalFloat;
    const links = outgoing.get(node.task.id) ?? [];
    if (links.length === 0) freeFloat = Math.min(freeFloat, finishBoundary - node.ef);
    for (const link of links) {
      const to = nodes.get(link.to);
      if (to) freeFloat = Math.min(freeFloat, linkSlack(link, node, to));
    }
    scheduled.set(node.task.id, {
      id: node.task.id,
      start: dayOfStart(node, node.es),
      finish: dayOfFinish(node.ef),
      duration: node.duration,
      lateStart: dayOfStart(node, node.ls),
      lateFinish: dayOfFinish(node.lf),
      totalFloat,
      freeFloat,
      critical: totalFloat <= 0,
      isSummary: false,
      isMilestone: node.duration === 0,
      percentComplete: clampPercent(node.task.percentComplete),
    });
  }
  rollUpSummaries(input.tasks, tree, scheduled, index);

  return {
    tasks: scheduled,
    projectStart: index.dayAt(0),
    projectFinish: dayOfFinish(finishBoundary),
    cycles,
    ignoredLinks: [...ignored].sort(),
    violations,
  };
}

/** Working days the successor could start (or finish) earlier and still satisfy this link. */
function linkSlack(link: ScheduleLink, from: Node, to: Node): number {
  switch (link.type) {
    case 'FS': return to.es - (from.ef + link.lag);
    case 'SS': return to.es - (from.es + link.lag);
    case 'FF': return to.ef - (from.ef + link.lag);
    case 'SF': return to.ef - (from.es + link.lag);
  }
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Kahn's algorithm; the links are acyclic here (cycles were removed). Ties keep input order. */
function topologicalOrder(ids: readonly string[], links: readonly ScheduleLink[]): string[] {
  const inDegree = new Map(ids.map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const link of links) {
    inDegree.set(link.to, (inDegree.get(link.to) ?? 0) + 1);
    const list = next.get(link.from);
    if (list) list.push(link.to);
    else next.set(link.from, [link.to]);
  }
  const queue = ids.filter((id) => inDegree.get(id) === 0);
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? '';
    order.push(id);
    for (const to of next.get(id) ?? []) {
      const left = (inDegree.get(to) ?? 0) - 1;
      inDegree.set(to, left);
      if (left === 0) queue.push(to);
    }
  }
  return order;
}
