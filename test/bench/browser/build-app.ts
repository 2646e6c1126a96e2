// Builds the client into a private temporary folder, with hidden source maps (files carry no
// sourceMappingURL comment, so their sizes are what production serves) for the composition walk.
// A private folder keeps this run off dist/, which other test runs may be serving at the same time.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface AppBuild {
  /** Absolute path of the built app (index.html, assets/, sw.js). */
  readonly dir: string;
  readonly buildMs: number;
}

/** `appRoot`: the checkout to build (another one can hold a proposed client change to compare). */
export async function buildApp(appRoot: string): Promise<AppBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sitebeam-bench-build-'));
  const args = ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn'];
  const started = performance.now();
  await run('npx', args, appRoot);
  return { dir, buildMs: Math.round(performance.now() - started) };
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}\n${stderr}`))));
  });
}
