// Serves the built PWA. The service worker, index.html and manifest must be revalidated on every
// load (or an installed app never learns about a new version); Vite's hashed assets never change.
// The build writes brotli and gzip copies beside each text file (vite.config.ts, precompressBuild);
// a browser that accepts one gets it, with Vary: Accept-Encoding, so nothing is compressed per request.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

const REVALIDATE = new Set(['sw.js', 'index.html', 'manifest.webmanifest', 'registerSW.js']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HASHED_ASSETS_PREFIX = '/assets/';

/** Mounts static files and the SPA fallback; false when `staticDir` does not exist (no build). */
export function mountStaticFiles(app: Hono, staticDir: string): boolean {
  if (!existsSync(staticDir)) return false;
  // serveStatic documents its root as relative to the working directory
  const root = path.relative(process.cwd(), staticDir) || '.';
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.req.path.startsWith('/healthz')) return;
    const cacheControl = cacheControlFor(c.req.path);
    if (cacheControl !== null) c.res.headers.set('Cache-Control', cacheControl);
  });
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', async (c, next) => {
    if (!isAppRoute(c.req.path)) return next();
    return serveStatic({ root, path: 'index.html', precompressed: true })(c, next);
  });
  return true;
}

function cacheControlFor(requestPath: string): string | null {
  if (REVALIDATE.has(path.posix.basename(requestPath)) || isAppRoute(requestPath)) return 'no-cache';
  if (requestPath.startsWith(HASHED_ASSETS_PREFIX)) return IMMUTABLE;
  return null;
}

/** Client-side routes (`/p/abc/board`, `/`) get index.html; paths that look like files stay 404. */
function isAppRoute(requestPath: string): boolean {
  if (requestPath.startsWith('/api/') || requestPath.startsWith('/sync/')) return false;
  const last = requestPath.split('/').at(-1) ?? '';
  return !last.includes('.');
}
