// A fresh phone opening the app over a weak link: Chromium with its network throttled (CDP
// Network.emulateNetworkConditions) opens the relay's root until the first-run question shows, once
// against the build as it ships (brotli and gzip copies beside its files) and once against the same
// build with those copies removed (what the relay sent before 2026-12-08). Each run is a fresh context
// with no service worker, as on a device that never opened the app; the two builds alternate.
//   npx tsx test/bench/browser/weak-link-open.ts --dist dist [--runs 5] [--kbps 1600] [--latency-ms 150]
import { cp, readdir, rm, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { loadAverage1m } from './machine';
import { startBenchRelay, type BenchRelay } from './relay-process';
import { summarize } from './stats';

interface Options {
  readonly dist: string;
  readonly runs: number;
  readonly kbps: number;
  readonly latencyMs: number;
}

interface OpenSample {
  readonly ms: number;
  readonly bytes: number;
}

function readOptions(argv: readonly string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) flags.set((argv[i] ?? '').replace(/^--/, ''), argv[i + 1] ?? '');
  const count = (name: string, fallback: number): number => {
    const value = Number(flags.get(name) ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  return { dist: path.resolve(flags.get('dist') ?? 'dist'), runs: count('runs', 5), kbps: count('kbps', 1_600), latencyMs: count('latency-ms', 150) };
}

/** A copy of the build without its .br and .gz files. */
async function uncompressedCopy(dist: string): Promise<string> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'sitebeam-uncompressed-'));
  await cp(dist, copy, { recursive: true });
  const entries = await readdir(copy, { recursive: true });
  await Promise.all(entries.filter((name) => /\.(br|gz)$/.test(name)).map((name) => rm(path.join(copy, name))));
  return copy;
}

async function openOnce(browser: Browser, relay: BenchRelay, options: Options): Promise<OpenSample> {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const bytesPerSecond = (options.kbps * 1_000) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: options.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => void (bytes += event.encodedDataLength));
    const started = Date.now();
    await page.goto(relay.baseUrl);
    await page.getByLabel('What should your team call you?').waitFor({ timeout: 60_000 });
    return { ms: Date.now() - started, bytes };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const plain = await uncompressedCopy(options.dist);
  const browser = await launchBrowser();
  const relays = { compressed: await startBenchRelay(options.dist), uncompressed: await startBenchRelay(plain) };
  const samples: Record<keyof typeof relays, OpenSample[]> = { compressed: [], uncompressed: [] };
  const loadBefore = loadAverage1m();
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const order = run % 2 === 0 ? (['compressed', 'uncompressed'] as const) : (['uncompressed', 'compressed'] as const);
      for (const variant of order) samples[variant].push(await openOnce(browser, relays[variant], options));
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(relays).map((relay) => relay.stop()));
    await rm(plain, { recursive: true, force: true });
  }
  const report = (list: readonly OpenSample[]) => ({
    ms: summarize(list.map((sample) => sample.ms)),
    kib: Math.round(((list[0]?.bytes ?? 0) / 1024) * 10) / 10,
  });
  console.log(JSON.stringify({
    scenario: 'weak-link first open',
    link: { kbps: options.kbps, latencyMs: options.latencyMs },
    loadAverage1m: { before: loadBefore, after: loadAverage1m() },
    compressed: report(samples.compressed),
    uncompressed: report(samples.uncompressed),
  }, null, 2));
}

await main();
