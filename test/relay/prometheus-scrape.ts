// GET /metrics as a test reads it: every line checked against the Prometheus text format, and a
// sample's value looked up by name and labels (metrics.test.ts, operator-metrics.test.ts).
import { expect } from 'vitest';
import type { RunningRelay } from '../../server/start-relay';

export interface Scrape {
  readonly typed: ReadonlyMap<string, string>;
  readonly lines: readonly string[];
  /** The sample's value; NaN when there is no such line. */
  value(name: string, labels?: Readonly<Record<string, string>>): number;
}

/** Scrapes again until `ready` holds (a figure the relay fills in on its own timer), for up to 5 s. */
export async function scrapeUntil(relay: RunningRelay, ready: (scraped: Scrape) => boolean, what: string): Promise<Scrape> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const scraped = await scrape(relay);
    if (ready(scraped)) return scraped;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} on /metrics`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** GET /metrics from loopback, every line checked against the text format (HELP/TYPE before its samples). */
export async function scrape(relay: RunningRelay): Promise<Scrape> {
  const base = relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  const lines = (await response.text()).trimEnd().split('\n');
  const typed = new Map<string, string>();
  for (const line of lines) {
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') typed.set(comment[2] ?? '', comment[3] ?? '');
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"]*")*\})? (-?[0-9.e+-]+|\+Inf|NaN)$/.exec(line);
    expect(sample, line).not.toBeNull();
    const name = sample?.[1] ?? '';
    expect([...typed.keys()].some((family) => name === family || name.startsWith(`${family}_`)), line).toBe(true);
  }
  return {
    typed, lines,
    value(name, labels) {
      const rendered = labels === undefined ? '' : `{${Object.entries(labels).map(([key, label]) => `${key}="${label}"`).join(',')}}`;
      const line = lines.find((candidate) => candidate.startsWith(`${name}${rendered} `));
      return line === undefined ? Number.NaN : Number(line.slice(line.lastIndexOf(' ') + 1));
    },
  };
}
