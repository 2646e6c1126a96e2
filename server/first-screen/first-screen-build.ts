// Which build computes the first screens kept in relay.sqlite (first-screen-db.ts), so that entries kept by
// another release are never served. The snapshot worker computes them, and everything it runs of ours
// (the schedule computation, outline rows, task readers, FIRST_SCREEN_ROWS, the China holiday table) is
// in its code: the bundle `npm start` runs (build/server/snapshot-worker.mjs, written by
// `npm run build:server`), or under tsx and vitest snapshot-worker.ts and every module it imports. The
// build is a hash of that code and of package-lock.json (the bundle leaves node_modules out, and a
// dependency such as yjs can change how a document reads), so each deploy recomputes every kept entry
// once. A hash can't be fooled by a forgotten bump; the cost is a change anywhere in the worker's code
// also recomputes, which is what every restart cost before entries were kept.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// from source (tsx, vitest) this module's URL ends in .ts; in the bundle it is build/server/main.mjs, with
// the worker bundled beside it (the same layout snapshot-worker-pool.ts starts the worker from)
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s+|\bimport\(\s*)'(\.{1,2}\/[^']+)'/g;

/** The worker's code files, each once, in a fixed order: the bundle, or the source graph from snapshot-worker.ts. */
export function workerCodeFiles(): readonly string[] {
  if (!FROM_SOURCE) return [fileURLToPath(new URL('./snapshot-worker.mjs', import.meta.url))];
  const seen = new Set<string>();
  const pending = [fileURLToPath(new URL('../metrics/snapshot-worker.ts', import.meta.url))];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const imported = resolveImport(path.dirname(file), match[1] ?? '');
      if (imported !== null && !seen.has(imported)) pending.push(imported);
    }
  }
  return [...seen].sort();
}

/** `./x` as TypeScript resolves it here (x.ts or x/index.ts, or a file named with its extension). */
function resolveImport(fromDir: string, specifier: string): string | null {
  const base = path.resolve(fromDir, specifier);
  const candidates = /\.(?:ts|mjs|js|json)$/.test(base) ? [base] : [`${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** The lockfile beside package.json: two folders up from server/first-screen/ and from build/server/. */
function lockfileText(): string {
  const lockfile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  return existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : 'no package-lock.json';
}

/** A short hash naming the code that computes first screens; throws when that code can't be read. */
export function firstScreenBuild(): string {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const file of workerCodeFiles()) {
    // the path relative to the checkout, so the same code in another folder is the same build
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(lockfileText());
  return hash.digest('hex').slice(0, 20);
}
