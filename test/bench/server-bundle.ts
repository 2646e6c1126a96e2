// The relay as `npm start` ships it: server/main.ts bundled by esbuild into build/server/main.mjs
// (plain Node, no TypeScript loader in the process, so its memory and CPU are the relay's own).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SERVER_BUNDLE = 'build/server/main.mjs';

/** Builds the bundle from the working tree, so a benchmark never measures a stale one. */
export function buildServerBundle(): void {
  execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`npm run build:server did not write ${SERVER_BUNDLE}`);
}
