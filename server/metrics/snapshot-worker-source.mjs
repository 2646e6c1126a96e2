// Starts the snapshot worker from the TypeScript source (tests, `tsx server/main.ts`): a worker thread
// does not inherit tsx's loader, so this plain-JS entry loads snapshot-worker.ts through tsx's API.
// The bundle `npm start` runs has its own build/server/snapshot-worker.mjs and never loads this file.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
