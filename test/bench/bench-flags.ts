// Command-line flags of `npm run bench -- …`: which scenarios, which relays, how large, and
// whether to write CPU profiles of our relay.
import { RELAY_KINDS } from './server-process';
import type { RelayKind } from './server-process';

export const SCENARIO_NAMES = ['latency', 'fanout', 'rooms', 'density', 'cold', 'schedule', 'gantt'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchFlags {
  readonly only: readonly ScenarioName[];
  readonly relays: readonly RelayKind[];
  readonly rooms: number;
  readonly connections: number;
  /** Directory for `--cpu-prof` output of our relay, or null. */
  readonly profileDir: string | null;
  /** Latency against our relay in project rooms with metrics snapshots on and/or off; empty: the plain scenario. */
  readonly snapshots: readonly SnapshotMode[];
  /** With `snapshots`: how many times each mode runs, alternating in ABBA order (snapshot-rounds.ts). */
  readonly rounds: number;
  /** `--measure-s`: seconds of measured edits per latency room instead of the scenario's 8; null: the default. */
  readonly measureS: number | null;
  /** `--worker-nice 0,10`: run "on" once per nice value of the snapshot worker (METRICS_SNAPSHOT_WORKER_NICE); empty: the relay's default. */
  readonly workerNice: readonly number[];
}

export const SNAPSHOT_MODES = ['off', 'on'] as const;
export type SnapshotMode = (typeof SNAPSHOT_MODES)[number];
/** A run of the snapshot rounds: off, on, or on with the snapshot worker at a given nice value (`--worker-nice`). */
export type RunMode = SnapshotMode | `on nice ${number}`;

/** The modes each round runs: "on" becomes one mode per `--worker-nice` value when given. */
export function runModes(flags: Pick<BenchFlags, 'snapshots' | 'workerNice'>): RunMode[] {
  return flags.snapshots.flatMap((mode): RunMode[] => (mode === 'on' && flags.workerNice.length > 0 ? flags.workerNice.map((nice): RunMode => `on nice ${nice}`) : [mode]));
}

export const USAGE = `npm run bench -- [--only ${SCENARIO_NAMES.join(',')}] [--relays ${RELAY_KINDS.join(',')}]
                 [--rooms 1000] [--connections 5000] [--profile <dir>] [--snapshots ${SNAPSHOT_MODES.join(',')} [--rounds 1] [--worker-nice 0,10]] [--measure-s 8]`;

export function parseFlags(argv: readonly string[]): BenchFlags {
  let only: readonly ScenarioName[] = SCENARIO_NAMES;
  let relays: readonly RelayKind[] = RELAY_KINDS;
  let rooms = 1_000;
  let connections = 5_000;
  let profileDir: string | null = null;
  let snapshots: readonly SnapshotMode[] = [];
  let rounds = 1;
  let measureS: number | null = null;
  let workerNice: readonly number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? '';
    i += 1;
    if (flag === '--only') only = listOf(value, SCENARIO_NAMES, flag);
    else if (flag === '--relays') relays = listOf(value, RELAY_KINDS, flag);
    else if (flag === '--rooms') rooms = positive(value, flag);
    else if (flag === '--connections') connections = positive(value, flag);
    else if (flag === '--profile') profileDir = value;
    else if (flag === '--snapshots') snapshots = listOf(value, SNAPSHOT_MODES, flag);
    else if (flag === '--rounds') rounds = positive(value, flag);
    else if (flag === '--measure-s') measureS = positive(value, flag);
    else if (flag === '--worker-nice') workerNice = niceList(value, flag);
    else throw new Error(`unknown flag ${flag}\nusage: ${USAGE}`);
  }
  if (rounds > 1 && snapshots.length === 0) throw new Error(`--rounds repeats the --snapshots latency runs; add --snapshots ${SNAPSHOT_MODES.join(',')}\nusage: ${USAGE}`);
  if (workerNice.length > 0 && !snapshots.includes('on')) throw new Error(`--worker-nice varies the "on" runs; add --snapshots off,on\nusage: ${USAGE}`);
  return { only, relays, rooms, connections, profileDir, snapshots, rounds, measureS, workerNice };
}

function listOf<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const bad = items.filter((item) => !allowed.some((name) => name === item));
  if (items.length === 0 || bad.length > 0) throw new Error(`${flag} takes a comma-separated list of ${allowed.join(', ')}; got "${value}"`);
  return allowed.filter((name) => items.includes(name));
}

function niceList(value: string, flag: string): number[] {
  const values = value.split(',').map((item) => Number(item.trim()));
  if (values.length === 0 || values.some((nice) => !Number.isInteger(nice) || nice < 0 || nice > 19)) throw new Error(`${flag} takes a comma-separated list of nice values 0-19; got "${value}"`);
  return [...new Set(values)];
}

function positive(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} takes a positive whole number; got "${value}"`);
  return number;
}
