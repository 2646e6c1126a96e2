// What the relay keeps of a project's first screen between asks: an answer that depends on whether the
// room happens to be in memory is not kept, so the next ask computes it once the room is held.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addScheduleTask, initProject } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import { createFirstScreenSource } from './first-screen-source';

const ROOM = 'p.project00001' as RoomName;
const ORIGIN = { name: 'first-screen-source-test' };
const NOW = Date.UTC(2026, 2, 4, 2, 0, 0);

function projectWithOneTask(): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, ['To do'], ORIGIN);
  const added = addScheduleTask(doc, { title: 'Dig', parentId: null, after: null, duration: 2, createdBy: null, now: NOW }, ORIGIN);
  if (!added.ok) throw new Error(added.reason);
  return doc;
}

describe('the relay’s first screens without a snapshot worker', () => {
  it('a cold room answers none, and once the room is held (no edit since) the next ask computes it on the relay', async () => {
    let held: Y.Doc | null = null;
    const source = createFirstScreenSource({
      heldRoomDoc: async () => held, workspaceRoomOf: () => null, inWorker: null, now: () => NOW, logger: createSilentLogger(),
    });
    try {
      expect(await source.entryFor(ROOM)).toEqual({ kind: 'none', reason: 'cold-without-worker' });

      held = projectWithOneTask();

      expect(await source.entryFor(ROOM)).toMatchObject({ kind: 'entry', computedIn: 'relay' });
    } finally {
      source.dispose();
      held?.destroy();
    }
  });

  it('an answer that only changes with an edit is kept: a room without tasks is not read again until it changes', async () => {
    const doc = new Y.Doc();
    let reads = 0;
    const source = createFirstScreenSource({
      heldRoomDoc: async () => {
        reads += 1;
        return doc;
      },
      workspaceRoomOf: () => null, inWorker: null, now: () => NOW, logger: createSilentLogger(), refreshDelayMs: 60_000,
    });
    try {
      expect(await source.entryFor(ROOM)).toEqual({ kind: 'none', reason: 'no-tasks' });
      expect(await source.entryFor(ROOM)).toEqual({ kind: 'none', reason: 'no-tasks' });
      expect(reads).toBe(1);
      source.roomChanged(ROOM);
      expect(await source.entryFor(ROOM)).toEqual({ kind: 'none', reason: 'no-tasks' });
      expect(reads).toBe(2);
    } finally {
      source.dispose();
      doc.destroy();
    }
  });
});
