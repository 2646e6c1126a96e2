// Test runner layout: "unit" is everything that runs in Node (domain, schema, relay integration,
// fuzz, architecture rules); "reliability" kills, floods and starves real relay processes (CI size by
// default, RELIABILITY_FULL=1 for the full size); "e2e" drives the built app in real Chromium after `vite build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/reliability/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 20_000,
          setupFiles: ['test/setup/yjs-premature-access.ts'],
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
