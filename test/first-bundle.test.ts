// The first bundle holds no import parser (DESIGN.md §8: heavy, rarely used code loads on demand):
// the app is built with the project's own Vite config into a temporary directory, and the modules
// of the entry chunk and of every chunk it imports statically (what index.html loads before any
// route) must not include read-excel-file, its unzip and XML libraries, or our file readers. It
// fails if someone imports one of them from the entry, a shared chunk or a page loaded eagerly.
// The same build also shows the chunks' brotli and gzip copies (vite.config.ts, precompressBuild).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';

const ROOT = path.join(import.meta.dirname, '..');
/** Module ids (absolute paths) that are the import parser and what it pulls in. */
const PARSER_MODULES = [
  /node_modules\/(read-excel-file|fflate|saxen|unzipper-esm|worker-f)\//,
  /client\/features\/import\/(read-workbook|read-file\.worker|file-kind|workbook-sheet|analyse-schedule)\.ts$/,
  /shared\/domain\/import\/(csv|mspdi|xml-reader|parse-schedule|read-row|column-synonyms)\.ts$/,
];
const isParser = (id: string): boolean => PARSER_MODULES.some((pattern) => pattern.test(id.replaceAll('\\', '/')));

function chunksOf(output: Rollup.RollupOutput | Rollup.RollupOutput[] | Rollup.RollupWatcher): Rollup.OutputChunk[] {
  const outputs = Array.isArray(output) ? output : 'output' in output ? [output] : [];
  return outputs.flatMap((result) => result.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk'));
}

/** The entry chunks and every chunk they import statically, transitively. */
function firstBundle(chunks: readonly Rollup.OutputChunk[]): Rollup.OutputChunk[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) { const next = byFile.get(file); if (next) visit(next); }
  };
  chunks.filter((chunk) => chunk.isEntry).forEach(visit);
  return [...seen.values()];
}

describe('the first bundle', () => {
  let outDir = '';
  let chunks: Rollup.OutputChunk[] = [];
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'sitebeam-first-bundle-'));
    chunks = chunksOf(await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } }));
  }, 180_000);
  afterAll(async () => { if (outDir) await rm(outDir, { recursive: true, force: true }); });

  it('holds none of the import parser, which is in the build but loaded only with the import page', () => {
    const first = firstBundle(chunks);
    expect(first.some((chunk) => chunk.isEntry)).toBe(true);
    expect(first.flatMap((chunk) => chunk.moduleIds.filter(isParser).map((id) => `${chunk.fileName}: ${path.relative(ROOT, id)}`))).toEqual([]);
    // not trivially true: the import page's chunk is in the build, outside the first bundle, and it
    // starts the worker that holds the parser
    const firstFiles = new Set(first.map((chunk) => chunk.fileName));
    const importPage = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('client/features/import/ImportPage.tsx')));
    expect(importPage && firstFiles.has(importPage.fileName)).toBe(false);
    const opener = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('client/features/import/open-import-file.ts')));
    expect(opener?.code).toMatch(/read-file\.worker-[\w-]+\.js/);
  });

  it('goes over the wire compressed: each chunk has brotli and gzip copies that decode to it exactly', () => {
    const first = firstBundle(chunks);
    let raw = 0;
    let brotli = 0;
    for (const chunk of chunks) {
      const file = path.join(outDir, chunk.fileName);
      const content = readFileSync(file);
      if (content.length < 1_024) continue;
      const br = readFileSync(`${file}.br`);
      expect(brotliDecompressSync(br).equals(content)).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(content)).toBe(true);
      if (first.includes(chunk)) {
        raw += content.length;
        brotli += br.length;
      }
    }
    expect(existsSync(path.join(outDir, 'index.html.br'))).toBe(true);
    // the first bundle's scripts at well under half their size (about a quarter when measured)
    expect(brotli).toBeGreaterThan(0);
    expect(brotli / raw).toBeLessThan(0.4);
  });
});
