// `npm run bench`: every scenario against our relay and the two peers in the same run, each relay
// in its own process and the clients in another; figures as tables and JSON with the machine.
import { COLD_WRITE_OPTIONS, measureColdLoad } from './cold-load';
import type { Metrics } from './client-job';
import { measureDensity } from './density';
import { FANOUT_OPTIONS, measureFanout } from './fanout';
import { BENCH_SNAPSHOT_MAX_WAIT_MS, LATENCY_OPTIONS, measureLatency, measureLatencyRun, SNAPSHOT_LATENCY_OPTIONS } from './latency';
import { measureManyRooms } from './many-rooms';
import { roundOrder, summarizeRounds } from './snapshot-rounds';
import type { MeasuredRun } from './snapshot-rounds';
import { parseFlags, runModes } from './bench-flags';
import { measureSchedule, SCHEDULE_OPTIONS } from './schedule-bench';
import { measureGanttFigures, GANTT_BENCH_OPTIONS } from './gantt-figures';
import type { BenchFlags, ScenarioName } from './bench-flags';
import { describeMachine, formatScenario, loadAverage1m } from './report';
import type { ScenarioResult } from './report';
import type { RelayKind } from './server-process';
import { buildServerBundle } from './server-bundle';
import path from 'node:path';

interface ScenarioPlan {
  readonly setup: string;
  /** The relays this scenario runs against, one after the other so they see the same load. */
  readonly relays: readonly RelayKind[];
  measure(kind: RelayKind): Promise<Metrics>;
}

function planOf(name: ScenarioName, flags: BenchFlags): ScenarioPlan {
  const profile = flags.profileDir ?? undefined;
  const all = flags.relays;
  switch (name) {
    case 'latency':
      return {
        setup: `1 writer → ${LATENCY_OPTIONS.observerCounts.join(' / ')} observers, ${LATENCY_OPTIONS.perSecond} updates/s, ${LATENCY_OPTIONS.warmupS} s warm-up + ${flags.measureS ?? LATENCY_OPTIONS.measureS} s measured${
          flags.snapshots.length > 0 ? `; project rooms with a ${SNAPSHOT_LATENCY_OPTIONS.seedTasks}-task board, metrics snapshots ${runModes(flags).join(' then ')} (each room at least every ${BENCH_SNAPSHOT_MAX_WAIT_MS} ms)${flags.rounds > 1 ? `, ${flags.rounds} rounds in ABBA order, each run in a fresh relay` : ''}, ours only` : ''
        }`,
        relays: flags.snapshots.length > 0 ? all.filter((kind) => kind === 'ours') : all,
        measure: (kind) => (flags.snapshots.length > 0 ? measureSnapshotLatency(flags) : measureLatency(kind, kind === 'ours' ? profile : undefined, undefined, flags.measureS ?? undefined)),
      };
    case 'fanout':
      return {
        setup: `${FANOUT_OPTIONS.clients} clients in one room × ${FANOUT_OPTIONS.edits} concurrent edits each`,
        relays: all,
        measure: (kind) => measureFanout(kind, kind === 'ours' ? profile : undefined),
      };
    case 'rooms':
      return {
        setup: `${flags.rooms} rooms × one 200-task project, one client each, then all leave`,
        relays: all,
        measure: (kind) => measureManyRooms(kind, { rooms: flags.rooms, tasksPerRoom: 200 }, kind === 'ours' ? profile : undefined),
      };
    case 'density':
      return {
        setup: `up to ${flags.connections} idle connections, 10 per room`,
        relays: all,
        measure: (kind) => measureDensity(kind, { connections: flags.connections, perRoom: 10 }, kind === 'ours' ? profile : undefined),
      };
    case 'cold':
      return {
        setup: `${COLD_WRITE_OPTIONS.tasks} tasks × ${COLD_WRITE_OPTIONS.descriptionChars / 1000} k chars, one log entry each; first sync after a restart (ours only)`,
        relays: all.filter((kind) => kind === 'ours'),
        measure: () => measureColdLoad(profile),
      };
    case 'schedule':
      return {
        setup: `scheduling engine in this process: ${SCHEDULE_OPTIONS.tasks} tasks (WBS depth 3) × ${SCHEDULE_OPTIONS.links} links, China calendar; full recompute × ${SCHEDULE_OPTIONS.fullRuns}, then ${SCHEDULE_OPTIONS.moves} single-task moves and ${SCHEDULE_OPTIONS.criticalMoves} critical-task resizes (no relay: column "ours")`,
        relays: all.filter((kind) => kind === 'ours'),
        measure: async () => measureSchedule(),
      };
    case 'gantt':
      return {
        setup: `the Gantt in Chromium: ${GANTT_BENCH_OPTIONS.tasks} tasks over three years from IndexedDB, ${GANTT_BENCH_OPTIONS.runs} fresh opens, first render and scrolling (browser/gantt-scenario.ts; no relay sync: column "ours")`,
        relays: all.filter((kind) => kind === 'ours'),
        measure: () => measureGanttFigures(),
      };
  }
}

/**
 * Latency with metrics snapshots off and on in one column, each figure prefixed by its mode
 * (snapshot-rounds.ts). With `--profile`, each run writes its relay's CPU profile into a
 * subdirectory `round<R>-<mode>`.
 */
async function measureSnapshotLatency(flags: BenchFlags): Promise<Metrics> {
  const { rounds } = flags;
  const runs: MeasuredRun[] = [];
  for (const run of roundOrder(runModes(flags), rounds)) {
    const load = loadAverage1m();
    if (rounds > 1) process.stderr.write(`bench: latency round ${run.round}/${rounds}, snapshots ${run.mode} (load ${load})…\n`);
    const cpuProfileDir = flags.profileDir === null ? undefined : path.join(flags.profileDir, `round${run.round}-${run.mode.replaceAll(' ', '-')}`);
    const nice = /^on nice (\d+)$/.exec(run.mode)?.[1];
    const { figures, samples } = await measureLatencyRun('ours', {
      snapshots: run.mode === 'off' ? 'off' : 'on',
      cpuProfileDir,
      measureS: flags.measureS ?? undefined,
      oursEnv: nice === undefined ? {} : { METRICS_SNAPSHOT_WORKER_NICE: nice },
    });
    runs.push({ ...run, loadAverage1m: load, figures, samples });
  }
  return summarizeRounds(runs);
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const machine = describeMachine();
  process.stdout.write(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.date}, load ${machine.loadAverage1m}\n\n`);
  buildServerBundle();
  const results: ScenarioResult[] = [];
  for (const name of flags.only) {
    const plan = planOf(name, flags);
    const result: ScenarioResult = { scenario: name, setup: plan.setup, loadAverage1m: loadAverage1m(), byRelay: {}, errors: {} };
    for (const kind of plan.relays) {
      process.stderr.write(`bench: ${name} against ${kind} (load ${loadAverage1m()})…\n`);
      try {
        result.byRelay[kind] = await plan.measure(kind);
      } catch (error) {
        // one relay failing a scenario is a finding, not a reason to lose the others' figures
        result.errors[kind] = error instanceof Error ? error.message : String(error);
      }
    }
    results.push(result);
    process.stdout.write(`${formatScenario(result, plan.relays)}\n`);
  }
  process.stdout.write(`${JSON.stringify({ machine, loadAverageAtEnd1m: loadAverage1m(), flags, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
