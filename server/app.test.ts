import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { App } from './app';
import { DEFAULT_LIMITS } from './config';
import { createSilentLogger } from './log';
import { createMemoryStore } from './store/memory-store';

const APP_JS = 'export const greeting = "你好";\n'.repeat(200);

describe('HTTP app', () => {
  let staticDir: string;
  let built: App;
  beforeAll(async () => {
    staticDir = await mkdtemp(path.join(os.tmpdir(), 'relay-static-'));
    await mkdir(path.join(staticDir, 'assets'));
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(staticDir, 'sw.js'), 'self.skipWaiting()');
    await writeFile(path.join(staticDir, 'manifest.webmanifest'), '{}');
    await writeFile(path.join(staticDir, 'assets', 'index-3f9a1c.js'), 'console.log(1)');
    // as the build leaves them (vite.config.ts, precompressBuild)
    await writeFile(path.join(staticDir, 'assets', 'app-7d2e4b.js'), APP_JS);
    await writeFile(path.join(staticDir, 'assets', 'app-7d2e4b.js.br'), brotliCompressSync(APP_JS));
    await writeFile(path.join(staticDir, 'assets', 'app-7d2e4b.js.gz'), gzipSync(APP_JS));
    await writeFile(path.join(staticDir, 'index.html.gz'), gzipSync('<!doctype html><title>app</title>'));
    built = createApp({ store: createMemoryStore(), logger: createSilentLogger(), limits: DEFAULT_LIMITS, staticDir });
  });
  afterAll(async () => {
    await built.relay.shutdown();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('reports health with room and connection counts', async () => {
    const response = await built.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rooms: 0, connections: 0, storage: 'ok' });
  });

  it('serves index.html, the service worker and the manifest with no-cache', async () => {
    for (const file of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await built.app.request(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const response = await built.app.request('/assets/index-3f9a1c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sends the brotli or gzip copy a browser accepts, and the file itself to one that accepts neither', async () => {
    const brotli = await built.app.request('/assets/app-7d2e4b.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotli.headers.get('content-type')).toContain('javascript');
    expect(brotli.headers.get('cache-control')).toContain('immutable');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(APP_JS);

    // Chrome offers br only over HTTPS: a relay on plain http on the site's network sends the gzip copy
    const gzip = await built.app.request('/assets/app-7d2e4b.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(APP_JS);

    const plain = await built.app.request('/assets/app-7d2e4b.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(APP_JS);
    // a client route gets index.html's copy too; a file with no copies is sent as it is
    const route = await built.app.request('/p/abc123/board', { headers: { 'accept-encoding': 'gzip' } });
    expect(route.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await route.arrayBuffer())).toString()).toContain('<title>app</title>');
    const small = await built.app.request('/sw.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('self.skipWaiting()');
  });

  it('falls back to index.html for client routes but not for missing files', async () => {
    const route = await built.app.request('/p/abc123/board');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect((await built.app.request('/assets/missing-123.js')).status).toBe(404);
  });

  it('sends security headers with the app: CSP without inline script, no framing, no sniffing, no referrer', async () => {
    const response = await built.app.request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses API writes from another site’s pages and says when access control is off', async () => {
    const foreign = await built.app.request('/api/claim', { method: 'POST', headers: { origin: 'https://evil.example', host: 'relay.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ ok: false, error: 'origin-not-allowed' });
    const off = await built.app.request('/api/me');
    expect(off.status).toBe(404);
    expect(await off.json()).toEqual({ ok: false, error: 'access-control-off' });
  });
});
