// Runs y-indexeddb against fake-indexeddb (no browser here): the real persistence, a real database
// closed the way a browser does it. Quota and an IndexedDB that won't open are covered in Chromium
// (test/e2e/device-storage.test.ts): y-indexeddb leaves a failed open as an unhandled rejection.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { makeDeviceCopyWatch } from './device-copy-watch';

let counter = 0;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function openRoom(): { doc: Y.Doc; persistence: IndexeddbPersistence; watch: ReturnType<typeof makeDeviceCopyWatch>; name: string } {
  const name = `p.device-copy-${++counter}`;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  const watch = makeDeviceCopyWatch(persistence, doc);
  cleanups.push(() => {
    watch.destroy();
    doc.destroy();
  });
  return { doc, persistence, watch, name };
}

function bumpVersion(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('makeDeviceCopyWatch', () => {
  it('reports nothing while the device copy works', async () => {
    const { doc, watch } = openRoom();
    await watch.ready;
    doc.getMap('tasks').set('a', 1);
    expect(watch.problem()).toBeNull();
  });

  it('does not follow the doc while the device copy loads, and still saves an edit made in that time', async () => {
    const { doc, persistence, watch, name } = openRoom();
    expect(doc._observers.has('update')).toBe(false);
    // 'synced' is emitted right after the load, before `ready` resolves: the handler isn't attached yet.
    persistence.on('synced', () => doc.getMap('tasks').set('early', 1));
    await watch.ready;
    expect(doc._observers.has('update')).toBe(true);
    doc.getMap('tasks').set('later', 2);

    const reopened = new Y.Doc();
    const again = new IndexeddbPersistence(name, reopened);
    await again.whenSynced;
    expect(reopened.getMap('tasks').toJSON()).toEqual({ early: 1, later: 2 });
    await again.destroy();
  });

  it('after another connection closes the database, edits neither throw nor stop other update handlers', async () => {
    const { doc, watch, name } = openRoom();
    await watch.ready;
    const seen: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => seen.push(update));
    let changes = 0;
    watch.onChange(() => changes++);

    await bumpVersion(name);
    expect(watch.problem()).toBe('closed');
    expect(() => doc.getMap('tasks').set('a', 1)).not.toThrow();
    expect(seen).toHaveLength(1);
    expect(changes).toBe(1);
  });

});
