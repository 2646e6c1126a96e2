// Prints the figures: one table per scenario with a column per relay and the ratio ours ÷ peer,
// then everything as JSON together with the machine it was measured on.
import os from 'node:os';
import type { Metrics } from './client-job';
import type { RelayKind } from './server-process';

export interface ScenarioResult {
  readonly scenario: string;
  readonly setup: string;
  /** 1-minute load average when this scenario started: other work on the machine skews it. */
  readonly loadAverage1m: number;
  readonly byRelay: Partial<Record<RelayKind, Metrics>>;
  readonly errors: Partial<Record<RelayKind, string>>;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly date: string;
  readonly loadAverage1m: number;
}

export function loadAverage1m(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage1m: loadAverage1m(),
  };
}

export function formatScenario(result: ScenarioResult, relays: readonly RelayKind[]): string {
  const peers = relays.filter((kind) => kind !== 'ours');
  const hasOurs = relays.includes('ours');
  const names = [...new Set(relays.flatMap((kind) => Object.keys(result.byRelay[kind] ?? {})))];
  const header = ['', ...relays, ...(hasOurs ? peers.map((peer) => `ours/${peer}`) : [])];
  const rows = names.map((name) => {
    const value = (kind: RelayKind): number | null | undefined => result.byRelay[kind]?.[name];
    const ours = value('ours');
    return [
      name,
      ...relays.map((kind) => show(value(kind))),
      ...(hasOurs ? peers.map((peer) => ratio(ours, value(peer))) : []),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const errors = Object.entries(result.errors).map(([kind, error]) => `  ${kind} failed: ${error}`);
  return [`## ${result.scenario}: ${result.setup} (load ${result.loadAverage1m})`, line(header), ...rows.map(line), ...errors, ''].join('\n');
}

function show(value: number | null | undefined): string {
  if (value === undefined) return '—';
  if (value === null || Number.isNaN(value)) return 'n/a';
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function ratio(ours: number | null | undefined, peer: number | null | undefined): string {
  if (typeof ours !== 'number' || typeof peer !== 'number' || peer === 0 || Number.isNaN(ours) || Number.isNaN(peer)) return '—';
  return `${(ours / peer).toFixed(2)}×`;
}
