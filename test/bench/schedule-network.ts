// Seeded schedule networks shaped like a large construction programme, for the scheduling benchmark
// and the engine's property tests: a WBS three levels deep (phases → work packages → activities),
// links between activities of all four types with lags (negative ones too), mostly within a work
// package and to the next packages, some manual tasks, constraints, milestones and progress.
import type { IsoDay } from '../../shared/iso-day';
import { addDays } from '../../shared/domain/calendar/day-number';
import type { Constraint, LinkType, ScheduleLink, ScheduleTask } from '../../shared/domain/schedule/schedule-types';
import type { Random } from '../support/seeded-random';

export interface NetworkOptions {
  readonly tasks: number;
  readonly links: number;
  readonly projectStart: IsoDay;
}

export interface Network {
  readonly tasks: ScheduleTask[];
  readonly links: ScheduleLink[];
  /** Positions of the leaf tasks (the ones a user drags). */
  readonly leaves: readonly number[];
}

const TYPES: readonly LinkType[] = ['FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

export function makeNetwork(random: Random, options: NetworkOptions): Network {
  const phases = Math.max(1, Math.round(Math.sqrt(options.tasks) / 10));
  const packagesPerPhase = Math.max(1, Math.round(Math.sqrt(options.tasks) / phases));
  const summaries = phases + phases * packagesPerPhase;
  const activities = Math.max(1, options.tasks - summaries);
  const tasks: ScheduleTask[] = [];
  const leaves: number[] = [];
  const packageOf: number[] = [];
  const day = (offset: number): IsoDay => addDays(options.projectStart, offset);
  let activity = 0;
  for (let p = 0; p < phases; p++) {
    const phaseId = `P${p}`;
    tasks.push(summary(phaseId, null));
    for (let w = 0; w < packagesPerPhase; w++) {
      const packageId = `${phaseId}.${w}`;
      const packageIndex = p * packagesPerPhase + w;
      tasks.push(summary(packageId, phaseId));
      const share = Math.floor(activities / (phases * packagesPerPhase)) + (packageIndex < activities % (phases * packagesPerPhase) ? 1 : 0);
      for (let a = 0; a < share; a++, activity++) {
        const manual = random.chance(0.05);
        const constraint: Constraint | null = random.chance(0.02) ? { kind: 'start-no-earlier-than', day: day(random.int(900)) } : null;
        leaves.push(tasks.length);
        packageOf.push(packageIndex);
        tasks.push({
          id: `${packageId}.${a}`,
          parentId: packageId,
          start: manual ? day(random.int(900)) : null,
          duration: random.chance(0.03) ? 0 : 1 + random.int(10),
          mode: manual ? 'manual' : 'auto',
          constraint,
          percentComplete: random.chance(0.3) ? random.int(101) : 0,
        });
      }
    }
  }

  // links only go from an earlier activity to a later one, so the network has no circle
  const links: ScheduleLink[] = [];
  const phaseSize = Math.ceil(leaves.length / phases);
  const seen = new Set<string>();
  for (let attempt = 0; links.length < options.links && attempt < options.links * 4; attempt++) {
    const a = random.int(leaves.length);
    // within a work package, or to an activity about one phase later (phases follow each other)
    const sameWorkPackage = random.chance(0.6);
    const b = sameWorkPackage ? a + 1 + random.int(30) : a + Math.max(1, phaseSize + random.int(600) - 300);
    const from = leaves[a];
    const to = leaves[b];
    if (from === undefined || to === undefined || (sameWorkPackage && packageOf[a] !== packageOf[b])) continue;
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = random.pick(TYPES) ?? 'FS';
    links.push({ id: `L${links.length}`, from: tasks[from]?.id ?? '', to: tasks[to]?.id ?? '', type, lag: random.chance(0.3) ? random.int(9) - 4 : 0 });
  }
  return { tasks, links, leaves };
}

/** A new task list with one activity moved: a new duration, a new manual start, or a start-no-earlier-than. */
export function moveOneTask(random: Random, network: Network, tasks: readonly ScheduleTask[], projectStart: IsoDay): ScheduleTask[] {
  const at = network.leaves[random.int(network.leaves.length)] ?? 0;
  const task = tasks[at];
  const next = [...tasks];
  if (task === undefined) return next;
  const day = addDays(projectStart, random.int(900));
  const kind = random.int(3);
  if (kind === 0) next[at] = { ...task, duration: random.int(12) };
  else if (kind === 1) next[at] = { ...task, mode: 'manual', start: day };
  else next[at] = { ...task, mode: 'auto', constraint: { kind: 'start-no-earlier-than', day } };
  return next;
}

function summary(id: string, parentId: string | null): ScheduleTask {
  return { id, parentId, start: null, duration: 1, mode: 'auto', constraint: null, percentComplete: 0 };
}
