import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { makeNetwork, moveOneTask } from '../../../test/bench/schedule-network';
import { makeRandom, type Random } from '../../../test/support/seeded-random';
import { chinaCalendar } from '../calendar/china-calendar';
import { addDays } from '../calendar/day-number';
import { makeCalendar } from '../calendar/working-calendar';
import { computeSchedule } from './compute-schedule';
import { makeScheduleEngine } from './schedule-engine';
import type { ScheduleLink, ScheduleResult, ScheduleTask } from './schedule-types';

const START = '2026-01-05' as IsoDay;
const china = chinaCalendar();

/** Everything a caller can read from a result, as plain data (the task map in its iteration order). */
function plain(result: ScheduleResult): unknown {
  return { ...result, tasks: [...result.tasks.entries()] };
}

function changeOneLink(random: Random, links: readonly ScheduleLink[]): ScheduleLink[] {
  const next = [...links];
  const at = random.int(next.length);
  const link = next[at];
  if (link !== undefined) next[at] = { ...link, type: random.pick(['FS', 'SS', 'FF', 'SF'] as const) ?? 'FS', lag: random.int(11) - 5 };
  return next;
}

function changeProgress(random: Random, leaves: readonly number[], tasks: readonly ScheduleTask[]): ScheduleTask[] {
  const next = [...tasks];
  const at = leaves[random.int(leaves.length)] ?? 0;
  const task = next[at];
  if (task !== undefined) next[at] = { ...task, percentComplete: random.int(101) };
  return next;
}

/** A finish-no-later-than (often one the schedule cannot meet), or back to automatic with no constraint. */
function changeConstraint(random: Random, leaves: readonly number[], tasks: readonly ScheduleTask[]): ScheduleTask[] {
  const next = [...tasks];
  const at = leaves[random.int(leaves.length)] ?? 0;
  const task = next[at];
  const day = addDays(START, random.int(700));
  if (task !== undefined) next[at] = random.chance(0.5) ? { ...task, constraint: { kind: 'finish-no-later-than', day } } : { ...task, mode: 'auto', constraint: null };
  return next;
}

describe('the incremental scheduling engine', () => {
  it('gives the same result as a full recompute after every single-task move, link edit or progress change', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = makeRandom(seed);
      const network = makeNetwork(random, { tasks: 300, links: 450, projectStart: START });
      const engine = makeScheduleEngine(china);
      let tasks = network.tasks;
      let links = network.links;
      engine.update({ tasks, links, projectStart: START });
      expect(engine.lastUpdate().kind).toBe('full');
      for (let step = 0; step < 40; step++) {
        const what = random.int(6);
        if (what === 0) links = changeOneLink(random, links);
        else if (what === 1) tasks = changeProgress(random, network.leaves, tasks);
        else if (what === 2) tasks = changeConstraint(random, network.leaves, tasks);
        else tasks = moveOneTask(random, network, tasks, START);
        const incremental = engine.update({ tasks, links, projectStart: START });
        expect(engine.lastUpdate().kind, `seed ${seed} step ${step}`).toBe('incremental');
        const full = computeSchedule({ tasks, links, calendar: china, projectStart: START });
        expect(plain(incremental), `seed ${seed} step ${step}`).toEqual(plain(full));
      }
    }
  });

  it('looks only at the tasks downstream of a moved task', () => {
    const calendar = makeCalendar();
    const chain: ScheduleTask[] = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, parentId: null, start: null, duration: 2, mode: 'auto', constraint: null, percentComplete: 0 }));
    const links: ScheduleLink[] = chain.slice(1).map((task, i) => ({ id: `l${i}`, from: `t${i}`, to: task.id, type: 'FS', lag: 0 }));
    const engine = makeScheduleEngine(calendar);
    engine.update({ tasks: chain, links, projectStart: START });
    const moved = chain.map((task) => (task.id === 't90' ? { ...task, duration: 3 } : task));
    const result = engine.update({ tasks: moved, links, projectStart: START });
    // t90 … t99 move (99 × 2 + 3 working days from Monday 5 January ends on Monday 12 October)
    expect(engine.lastUpdate()).toMatchObject({ kind: 'incremental', forwardPlaced: 10 });
    expect(result.tasks.get('t99')?.finish).toBe('2026-10-12');
    expect(result.tasks.get('t0')?.start).toBe('2026-01-05');
  });

  it('keeps the records of tasks a change did not touch, and returns the last result when nothing changed', () => {
    const random = makeRandom(99);
    const network = makeNetwork(random, { tasks: 200, links: 300, projectStart: START });
    const engine = makeScheduleEngine(china);
    const first = engine.update({ tasks: network.tasks, links: network.links, projectStart: START });
    expect(engine.update({ tasks: network.tasks, links: network.links, projectStart: START })).toBe(first);
    expect(engine.lastUpdate().kind).toBe('unchanged');
    const tasks = changeProgress(random, network.leaves, network.tasks);
    const second = engine.update({ tasks, links: network.links, projectStart: START });
    const kept = [...second.tasks.values()].filter((record) => first.tasks.get(record.id) === record).length;
    expect(kept).toBeGreaterThan(second.tasks.size - 10);
    expect(engine.lastUpdate().recordsRebuilt).toBeLessThanOrEqual(4);
  });

  it('rebuilds the graph when the structure changes, including a link that closes a circle', () => {
    const random = makeRandom(5);
    const network = makeNetwork(random, { tasks: 120, links: 150, projectStart: START });
    const engine = makeScheduleEngine(china);
    engine.update({ tasks: network.tasks, links: network.links, projectStart: START });
    const first = network.links[0];
    if (first === undefined) throw new Error('no links');
    const links = [...network.links, { id: 'back', from: first.to, to: first.from, type: 'FS', lag: 0 } satisfies ScheduleLink];
    const result = engine.update({ tasks: network.tasks, links, projectStart: START });
    expect(engine.lastUpdate().kind).toBe('full');
    expect(result.cycles.some((members) => members.includes(first.from) && members.includes(first.to))).toBe(true);
    expect(plain(result)).toEqual(plain(computeSchedule({ tasks: network.tasks, links, calendar: china, projectStart: START })));
  });
});
