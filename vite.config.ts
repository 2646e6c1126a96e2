// Build of the browser client: Solid, and a generated service worker that precaches the app shell so
// the app opens on a site with no signal. /sync and /api are live data and never cached.
import { defineConfig } from 'vite';
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
