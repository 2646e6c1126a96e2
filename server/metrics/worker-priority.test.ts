import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initProject } from '../../shared/schema';
import { projectRoom } from '../../shared/schema/room-name';
import { createLogger, type Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from './snapshot-worker-pool';
import { currentThreadId, lowerCurrentThreadPriority } from './worker-priority';

const ROOM = projectRoom('priorityRoom1');
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0);

/** Field 19 of /proc/<pid>/task/<tid>/stat: the thread's own nice value, as the kernel schedules it. */
function threadNice(tid: number): number {
  const afterName = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8').split(') ')[1] ?? '';
  // fields from 3 (state) on follow the parenthesised command name
  return Number(afterName.split(' ')[19 - 3]);
}

function recordingLogger(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { logger, messages };
}

describe.runIf(existsSync('/proc/thread-self'))('snapshot worker CPU priority (Linux)', () => {
  let dir = '';
  let storeFile = '';
  let store: DocStore;
  let pool: SnapshotWorkerPool | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'worker-priority-'));
    storeFile = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file: storeFile });
    const doc = new Y.Doc();
    initProject(doc, ['To do', 'Done'], 'test');
    await store.append(ROOM, Y.encodeStateAsUpdate(doc), { connectionId: 'c1', ip: '127.0.0.1', at: 0 });
  });
  afterEach(async () => {
    await pool?.close();
    pool = null;
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the worker thread at nice 10 while the thread that started it keeps its own priority', async () => {
    const relayThread = currentThreadId();
    if (relayThread === null) throw new Error('no /proc/thread-self');
    const relayNiceBefore = threadNice(relayThread);
    const { logger, messages } = recordingLogger();
    pool = createSnapshotWorkerPool({ storeFile, logger });
    expect(await pool.compute(ROOM, NOW)).not.toBeNull();
    const outcome = pool.threadPriority();
    if (outcome?.state !== 'lowered') throw new Error(`worker priority: ${JSON.stringify(outcome)}`);
    expect(outcome.threadId).not.toBe(relayThread);
    expect(threadNice(outcome.threadId)).toBe(10);
    expect(threadNice(relayThread)).toBe(relayNiceBefore);
    expect(threadNice(relayThread)).toBe(0);
    // the process's main thread too (the relay's thread when it runs as `node main.mjs`)
    expect(threadNice(process.pid)).toBe(0);
    expect(messages.filter((msg) => msg === 'snapshot worker runs at a lower CPU priority')).toHaveLength(1);
  });

  it('keeps the worker at the relay\'s priority with nice 0', async () => {
    pool = createSnapshotWorkerPool({ storeFile, logger: recordingLogger().logger, workerNice: 0 });
    await pool.compute(ROOM, NOW);
    expect(pool.threadPriority()).toEqual({ state: 'off' });
  });
});

describe('lowerCurrentThreadPriority', () => {
  it('does nothing for nice 0', () => {
    expect(lowerCurrentThreadPriority(0)).toEqual({ state: 'off' });
  });

  // A thread of its own, already at nice 15 as every thread of a relay started with `nice -n 15` is;
  // it loads this module through tsx as the snapshot worker does (snapshot-worker-source.mjs).
  const NICED_THREAD = `
    const os = require('node:os');
    const { readlinkSync } = require('node:fs');
    const { parentPort, workerData } = require('node:worker_threads');
    os.setPriority(Number(readlinkSync('/proc/thread-self').split('/').at(-1)), 15);
    import('tsx/esm/api')
      .then(({ tsImport }) => tsImport(workerData.entry, workerData.parent))
      .then((module) => parentPort.postMessage(module.lowerCurrentThreadPriority(10)));
  `;

  it.runIf(existsSync('/proc/thread-self'))('never raises a thread that already runs lower than asked (a relay started at nice 15)', async () => {
    const worker = new Worker(NICED_THREAD, { eval: true, workerData: { entry: new URL('./worker-priority.ts', import.meta.url).href, parent: import.meta.url } });
    try {
      const outcome: unknown = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(outcome).toMatchObject({ state: 'lowered', nice: 15 });
    } finally {
      await worker.terminate();
    }
  });
});
