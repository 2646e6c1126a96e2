// Target 3: JavaScript for the first screen, gzip-compressed as a server would send it. Two views:
// what index.html loads before any route (entry script + modulepreloads), and what a board link
// actually loaded (the script resources the cold-open tab fetched). Each file is split by source
// package with its source map; a package's gzip share is its share of the file's raw bytes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesPerSource, UNMAPPED, type SourceMapV3 } from './source-map-spans';

export interface ChunkSize {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface PartSize {
  readonly part: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface BundleReport {
  readonly chunks: readonly ChunkSize[];
  readonly totalRawBytes: number;
  readonly totalGzipBytes: number;
  /** Largest first. */
  readonly parts: readonly PartSize[];
}

/** Script paths (`/assets/…js`) index.html loads before any code runs. */
export async function entryScripts(buildDir: string): Promise<string[]> {
  const html = await readFile(path.join(buildDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
  return [...entry, ...preloads].filter((src): src is string => src !== undefined);
}

export async function measureBundle(buildDir: string, scripts: readonly string[]): Promise<BundleReport> {
  const chunks: ChunkSize[] = [];
  const parts = new Map<string, { raw: number; gzip: number }>();
  for (const script of new Set(scripts)) {
    const file = path.join(buildDir, script.replace(/^\//, ''));
    const code = await readFile(file, 'utf8');
    const rawBytes = Buffer.byteLength(code);
    const gzipBytes = gzipSync(code, { level: 9 }).length;
    chunks.push({ file: script, rawBytes, gzipBytes });
    for (const [source, bytes] of bytesPerSource(code, await readMap(`${file}.map`))) {
      const part = partOf(source);
      const current = parts.get(part) ?? { raw: 0, gzip: 0 };
      parts.set(part, { raw: current.raw + bytes, gzip: current.gzip + (gzipBytes * bytes) / rawBytes });
    }
  }
  return {
    chunks,
    totalRawBytes: chunks.reduce((sum, chunk) => sum + chunk.rawBytes, 0),
    totalGzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    parts: [...parts].map(([part, size]) => ({ part, rawBytes: size.raw, gzipBytes: Math.round(size.gzip) })).sort((a, b) => b.rawBytes - a.rawBytes),
  };
}

export async function readMap(file: string): Promise<SourceMapV3> {
  const value: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (typeof value !== 'object' || value === null) throw new Error(`${file} is not a source map`);
  const { sources, mappings } = value as Record<string, unknown>;
  if (!Array.isArray(sources) || typeof mappings !== 'string') throw new Error(`${file} is not a v3 source map`);
  return { sources: sources.map((source) => String(source)), mappings };
}

/** A dependency by package name; app code by its top folders (`client/features`, `shared/schema`). */
export function partOf(source: string): string {
  if (source === UNMAPPED) return source;
  const modules = source.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const [first, second] = source.slice(modules + 'node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second ?? ''}` : (first ?? source);
  }
  const app = source.match(/(?:^|\/)(client|shared)\/(.+)$/);
  if (app) return `${app[1]}/${app[2]?.includes('/') ? app[2].split('/')[0] : '*.ts'}`;
  return source.replace(/^(\.\.\/)+/, '');
}
