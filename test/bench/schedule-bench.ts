// The scheduling engine in this process (no relay): a seeded 10,000-task / 15,000-link programme on
// the China calendar, a full recompute (a fresh computeSchedule each run, after warm-up runs), then
// one engine kept across single-task moves, as the Gantt keeps it while a bar is dragged. Each move
// builds its new task list before the clock starts, so only the engine is timed. Last, the worst
// case: resizing critical tasks, which moves the project finish every time.
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
  criticalMoves: 100,
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

  // the worst case of a drag: lengthening or shortening a critical task that ends the project moves its finish,
  // and with it every late date and float, so all records are rebuilt
  const criticalMs: number[] = [];
  const critical = network.leaves.filter((at) => {
    const record = result.tasks.get(network.tasks[at]?.id ?? '');
    return record !== undefined && record.critical && record.finish === result.projectFinish && record.duration > 0;
  });
  if (critical.length === 0) throw new Error('no critical task ends on the project finish');
  let base = engine.update({ tasks: network.tasks, links: network.links, projectStart: o.projectStart });
  tasks = network.tasks;
  for (let move = 0; move < o.warmupMoves + o.criticalMoves; move++) {
    const at = critical[random.int(critical.length)] ?? 0;
    const task = tasks[at];
    if (task === undefined) continue;
    tasks = [...tasks];
    tasks[at] = { ...task, duration: task.duration + (move % 2 === 0 ? 1 : -1) };
    const started = performance.now();
    const next = engine.update({ tasks, links: network.links, projectStart: o.projectStart });
    const elapsed = performance.now() - started;
    if (move % 2 === 0 && next.projectFinish === base.projectFinish) throw new Error('lengthening a critical task did not move the finish');
    base = next;
    if (move >= o.warmupMoves) criticalMs.push(elapsed);
  }

  const index = makeWorkdayIndex(calendar, o.projectStart);
  fullMs.sort((a, b) => a - b);
  incrementalMs.sort((a, b) => a - b);
  criticalMs.sort((a, b) => a - b);
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
    [`resize a critical task: median of ${o.criticalMoves} (ms)`]: round(percentile(criticalMs, 50)),
    'resize a critical task: p95 (ms)': round(percentile(criticalMs, 95)),
    'resize a critical task: max (ms)': round(criticalMs.at(-1) ?? Number.NaN),
  };
}
