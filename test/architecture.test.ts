// Layer rules from the design: shared/ imports neither client/ nor server/ nor any Node or DOM API;
// client/ and server/ never import each other. Read from the import lines of every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const LAYERS = ['shared', 'client', 'server'] as const;
type Layer = (typeof LAYERS)[number];
const FORBIDDEN: Record<Layer, readonly Layer[]> = { shared: ['client', 'server'], client: ['server'], server: ['client'] };
const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|http$|https$|net$|os$|crypto$|child_process$|worker_threads$|stream$|url$|util$|buffer$)/;
const DOM_GLOBALS = /\b(window|document|localStorage|indexedDB|navigator)\s*[.[]/;
const IMPORT_PATTERN = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_PATTERN)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

function layerOf(path: string): Layer | null {
  const top = relative(ROOT, path).split(/[\\/]/)[0];
  return LAYERS.find((layer) => layer === top) ?? null;
}

function violations(): string[] {
  const found: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sourceFiles(join(ROOT, layer))) {
      const source = readFileSync(file, 'utf8');
      const isTest = /\.test\.tsx?$/.test(file);
      for (const specifier of importsOf(source)) {
        const target = specifier.startsWith('.') ? layerOf(resolve(dirname(file), specifier)) : null;
        if (target && FORBIDDEN[layer].includes(target)) found.push(`${relative(ROOT, file)} imports ${specifier} (${layer} → ${target})`);
        if (layer === 'shared' && !isTest && NODE_BUILTINS.test(specifier)) found.push(`${relative(ROOT, file)} imports the Node API ${specifier}`);
      }
      if (layer === 'shared' && !isTest && DOM_GLOBALS.test(source)) found.push(`${relative(ROOT, file)} uses a DOM global`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('keeps the layers apart: shared ← client, shared ← server, nothing else', () => {
    expect(violations()).toEqual([]);
  });

  it('finds static, re-exported, side-effect and dynamic imports', () => {
    const source = "import a from '../server/x';\nexport { b } from \"../client/y\";\nimport '../server/z';\nconst c = await import('../client/w');";
    expect(importsOf(source)).toEqual(['../server/x', '../client/y', '../server/z', '../client/w']);
  });
});
