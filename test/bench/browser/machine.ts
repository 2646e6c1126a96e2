// The machine a figure was measured on, and how busy it was: two shared cores under other benchmark
// runs make the load average part of every figure.
import os from 'node:os';
import type { Browser } from 'playwright-core';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly date: string;
  readonly loadAverage1m: number;
}

export function loadAverage1m(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

export function describeMachine(browser: Browser): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
    date: new Date().toISOString(),
    loadAverage1m: loadAverage1m(),
  };
}
