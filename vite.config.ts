// Build of the browser client: Solid, and a generated service worker that precaches the app shell so
// the app opens on a site with no signal. /sync and /api are live data and never cached.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOR = '#1d4ed8';
const BACKGROUND_COLOR = '#f4f6f9';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      // `npm run dev:client` talks to a relay started separately on its default port.
      '/sync': { target: 'ws://localhost:8787', ws: true },
      '/api': { target: 'http://localhost:8787' },
    },
  },
  plugins: [
    solid(),
    preloadAppChunks('/client/app/start.tsx'),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // The icons are already in the precache through globPatterns.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'SiteBeam 工地协同',
        short_name: 'SiteBeam',
        description: '工地团队的离线优先项目看板 · Local-first project boards for construction teams',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        navigateFallback: 'index.html',
        // Live endpoints must always reach the relay; a cached answer there would lie about sync.
        navigateFallbackDenylist: [/^\/sync/, /^\/api/, /^\/metrics/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // First visit: let the new worker control this page at once, so a reload without signal works.
        clientsClaim: true,
        // A tapped daily reminder opens the Today view (client/public/sw-notifications.js).
        importScripts: ['sw-notifications.js'],
      },
    }),
    precompressBuild(),
  ],
});

/**
 * The entry (client/main.tsx) is small and loads the app with a dynamic import, so that it runs
 * before the app's bundle has arrived; this puts the app's chunks and styles in index.html as
 * preloads, so they still load in parallel with the entry, not one round trip after it.
 */
function preloadAppChunks(appModuleSuffix: string): Plugin {
  let base = '/';
  return {
    name: 'sitebeam-preload-app-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (bundle === undefined || entry === undefined) return [];
        const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
        const app = entry.dynamicImports.map((file) => chunks.get(file)).find((found) => found?.facadeModuleId?.endsWith(appModuleSuffix) === true);
        if (app === undefined) throw new Error(`the entry chunk no longer imports ${appModuleSuffix}: preloadAppChunks has nothing to preload`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (chunk: Rollup.OutputChunk): void => {
          if (scripts.has(chunk.fileName) || chunk.fileName === entry.fileName) return;
          scripts.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const file of chunk.imports) {
            const imported = chunks.get(file);
            if (imported !== undefined) visit(imported);
          }
        };
        visit(app);
        return [
          // a preload, not a stylesheet: a stylesheet in the page would hold the entry's script until it
          // has loaded (script-blocking); the app waits for it before it renders (Vite's preload helper)
          ...[...styles].map((href): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: base + href }, injectTo: 'head' })),
          ...[...scripts].map((href): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + href }, injectTo: 'head' })),
        ];
      },
    },
  };
}

// Brotli and gzip copies of the built app's text files, written beside them (app.js → app.js.br,
// app.js.gz), which the relay serves to browsers that accept them (server/static-files.ts). A phone
// on a site's weak signal downloads the app's code at about a quarter of its size: the relay never
// compresses on the fly, so without these every byte went over the air as built.
/** Files worth compressing: the rest (images, fonts as woff2) are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this a response fits one packet either way. */
const MIN_BYTES = 1_024;

export interface PrecompressReport {
  readonly files: number;
  readonly bytes: number;
  readonly brotliBytes: number;
  readonly gzipBytes: number;
}

export function precompressDir(dir: string): PrecompressReport {
  let files = 0;
  let bytes = 0;
  let brotliBytes = 0;
  let gzipBytes = 0;
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    const gzip = gzipSync(content, { level: 9 });
    // a copy no smaller than the file would only cost a header and a decode
    if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
    files += 1;
    bytes += content.length;
    brotliBytes += Math.min(brotli.length, content.length);
    gzipBytes += Math.min(gzip.length, content.length);
  }
  return { files, bytes, brotliBytes, gzipBytes };
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full));
    else found.push(full);
  }
  return found;
}

/** Runs last, once every other plugin (the service worker's too) has written its files. */
function precompressBuild(): Plugin {
  let outDir = '';
  let log: (message: string) => void = () => undefined;
  return {
    name: 'sitebeam-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const report = precompressDir(outDir);
        const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
        log(`precompressed ${report.files} files: ${kib(report.bytes)} → brotli ${kib(report.brotliBytes)}, gzip ${kib(report.gzipBytes)}`);
      },
    },
  };
}
