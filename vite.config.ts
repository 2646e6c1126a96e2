// Build of the browser client: Solid, and a generated service worker that precaches the app shell so
// the app opens on a site with no signal. /sync and /api are live data and never cached.
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
