// The scheduling engine in this process (no relay): a seeded 10,000-task / 15,000-link programme on
// the China calendar, a full recompute (a fresh computeSchedule each run, after warm-up runs), then
// one engine kept across single-task moves, as the Gantt keeps it while a bar is dragged. Each move
// builds its new task list before the clock starts, so only the engine is timed.
import type { IsoDay } from '../../shared/iso-day';
import { chinaCalendar } from '../../shared/domain/calendar/china-calendar';
import { makeWorkdayIndex } from '../../shared/domain/calendar/workday-index';
import { computeSchedule } from '../../shared/domain/schedule/compute-schedule';
import { makeScheduleEngine } from '../../shared/domain/schedule/schedule-engine';
import type { ScheduleTask } from '../../shared/domain/schedule/schedule-types';
import { makeRandom } from '../support/seeded-random';
import type { Metrics } from './client-job';
import { makeNetwork, moveOneTask } from './schedule-network';
import { percentile, round } from './timing';

export const SCHEDULE_OPTIONS = {
  seed: 20_261_202,
  tasks: 10_000,
  links: 15_000,
  projectStart: '2026-01-05' as IsoDay,
  warmupRuns: 10,
  fullRuns: 30,
  warmupMoves: 50,
  moves: 300,
} as const;

export function measureSchedule(): Metrics {
  const o = SCHEDULE_OPTIONS;
  const calendar = chinaCalendar();
  const network = makeNetwork(makeRandom(o.seed), { tasks: o.tasks, links: o.links, projectStart: o.projectStart });
  const input = { tasks: network.tasks, links: network.links, calendar, projectStart: o.projectStart };

  const fullMs: number[] = [];
  let result = computeSchedule(input);
  for (let run = 0; run < o.warmupRuns + o.fullRuns; run++) {
    const started = performance.now();
    result = computeSchedule(input);
    if (run >= o.warmupRuns) fullMs.push(performance.now() - started);
  }

  const engine = makeScheduleEngine(calendar);
  engine.update(input);
  const random = makeRandom(o.seed + 1);
  let tasks: ScheduleTask[] = network.tasks;
  const incrementalMs: number[] = [];
  let finishMoved = 0;
  let placed = 0;
  for (let move = 0; move < o.warmupMoves + o.moves; move++) {
    tasks = moveOneTask(random, network, tasks, o.projectStart);
    const started = performance.now();
    engine.update({ tasks, links: network.links, projectStart: o.projectStart });
    const elapsed = performance.now() - started;
    const stats = engine.lastUpdate();
    if (stats.kind !== 'incremental') throw new Error(`a single-task move took the ${stats.kind} path`);
    if (move < o.warmupMoves) continue;
    incrementalMs.push(elapsed);
    placed += stats.forwardPlaced;
    if (stats.finishMoved) finishMoved++;
  }

  const index = makeWorkdayIndex(calendar, o.projectStart);
  fullMs.sort((a, b) => a - b);
  incrementalMs.sort((a, b) => a - b);
  return {
    'tasks': network.tasks.length,
    'links': network.links.length,
    'span (working days)': index.indexOf(result.projectFinish) + 1,
    'critical tasks': [...result.tasks.values()].filter((task) => task.critical && !task.isSummary).length,
    [`full: median of ${o.fullRuns} (ms)`]: round(percentile(fullMs, 50)),
    'full: p95 (ms)': round(percentile(fullMs, 95)),
    'full: max (ms)': round(fullMs.at(-1) ?? Number.NaN),
    [`move one task: median of ${o.moves} (ms)`]: round(percentile(incrementalMs, 50)),
    'move one task: p95 (ms)': round(percentile(incrementalMs, 95)),
    'move one task: max (ms)': round(incrementalMs.at(-1) ?? Number.NaN),
    'move one task: tasks re-placed, mean': round(placed / o.moves, 1),
    'move one task: moved the project finish (%)': round((100 * finishMoved) / o.moves, 1),
  };
}
