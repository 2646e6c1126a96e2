// The first bundle holds no import parser (DESIGN.md §8: heavy, rarely used code loads on demand):
// the app is built with the project's own Vite config into a temporary directory, and the modules
// of the entry chunk and of every chunk it imports statically (what index.html loads before any
// route) must not include read-excel-file, its unzip and XML libraries, or our file readers. It
// fails if someone imports one of them from the entry, a shared chunk or a page loaded eagerly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
  afterAll(async () => { if (outDir) await rm(outDir, { recursive: true, force: true }); });

  it('holds none of the import parser, which is in the build but loaded only with the import page', async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'sitebeam-first-bundle-'));
    const output = await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const chunks = chunksOf(output);
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
  }, 180_000);
});
