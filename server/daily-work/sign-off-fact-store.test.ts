// The sign-off fact store over a real SQLite file: a whole read written in steps counts as read only
// once it is finished, and finishing it drops the facts of records the read no longer found.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabourSignFact } from '../../shared/domain/points';
import { newId, type UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { openSignOffFactStore, type SignOffFactStore } from './sign-off-fact-store';

const ROOM = 'f.factStore0001';
const fact = (signedAt: number): LabourSignFact => ({ recordId: newId<'labour'>(), day: '2026-03-02' as IsoDay, signedBy: newId<'user'>() as UserId, signedAt });

describe('sign-off fact store', () => {
  let dir = '';
  let store: SignOffFactStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sign-off-facts-'));
    store = openSignOffFactStore(path.join(dir, 'daily-work.sqlite'));
  });
  afterEach(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a whole read in steps is read once finished, and drops what it no longer found', () => {
    const [kept, gone, added] = [fact(1), fact(2), fact(3)];
    store.put(ROOM, [kept, gone]);
    expect(store.seqOf(ROOM)).toBeNull();
    store.finishWholeRead(ROOM, 7, new Set([kept.recordId, gone.recordId]));
    expect(store.seqOf(ROOM)).toBe(7);

    // read whole again: `gone` was withdrawn meanwhile
    store.put(ROOM, [kept]);
    store.put(ROOM, [added]);
    expect(store.list([ROOM], 0)).toEqual([kept, gone, added]);
    store.finishWholeRead(ROOM, 12, new Set([kept.recordId, added.recordId]));
    expect(store.list([ROOM], 0)).toEqual([kept, added]);
    expect(store.seqOf(ROOM)).toBe(12);
  });
});
