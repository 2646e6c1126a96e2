// One behavioural contract for every DocStore implementation (SQLite, memory, later PostgreSQL):
// each implementation's test file calls `describeDocStoreContract` with a factory.
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoom } from '../../shared/schema/room-name';
import type { DocStore, UpdateMeta } from './doc-store';

export interface StoreHarness {
  readonly store: DocStore;
  /** Closes the store and opens it again on the same data, when the implementation persists. */
  readonly reopen?: () => Promise<DocStore>;
  readonly cleanup: () => Promise<void>;
}

const ROOM_A = projectRoom('contract-room-a');
const ROOM_B = projectRoom('contract-room-b');
const meta: UpdateMeta = { connectionId: 'c1', userId: 'u1', ip: '127.0.0.1', at: 1_700_000_000_000 };
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

export function describeDocStoreContract(name: string, createHarness: () => Promise<StoreHarness>): void {
  describe(`DocStore contract: ${name}`, () => {
    let harness: StoreHarness | undefined;
    const start = async (): Promise<StoreHarness> => {
      harness = await createHarness();
      return harness;
    };
    afterEach(async () => {
      await harness?.cleanup();
      harness = undefined;
    });

    it('loads an unknown room as empty', async () => {
      const { store } = await start();
      expect(await store.load(ROOM_A)).toEqual({ snapshot: null, snapshotSeq: 0, updates: [], lastSeq: 0, updateBytes: 0 });
    });

    it('returns appended updates in order with increasing sequence numbers', async () => {
      const { store } = await start();
      const first = await store.append(ROOM_A, bytes(1, 2), meta);
      const last = await store.appendBatch(ROOM_A, [{ update: bytes(3), meta }, { update: bytes(4, 5, 6), meta }]);
      expect(last).toBeGreaterThan(first);
      const loaded = await store.load(ROOM_A);
      expect(loaded.updates).toEqual([bytes(1, 2), bytes(3), bytes(4, 5, 6)]);
      expect(loaded.lastSeq).toBe(last);
      expect(loaded.updateBytes).toBe(6);
    });

    it('keeps rooms apart', async () => {
      const { store } = await start();
      await store.append(ROOM_A, bytes(1), meta);
      await store.append(ROOM_B, bytes(2), meta);
      expect((await store.load(ROOM_B)).updates).toEqual([bytes(2)]);
      expect(await store.listRooms()).toEqual([ROOM_A, ROOM_B]);
    });

    it('compaction replaces merged entries by the snapshot and keeps later ones', async () => {
      const { store } = await start();
      await store.append(ROOM_A, bytes(1), meta);
      const upto = await store.append(ROOM_A, bytes(2), meta);
      const later = await store.append(ROOM_A, bytes(3), meta);
      await store.compact(ROOM_A, bytes(9, 9), upto);
      const loaded = await store.load(ROOM_A);
      expect(loaded.snapshot).toEqual(bytes(9, 9));
      expect(loaded.snapshotSeq).toBe(upto);
      expect(loaded.updates).toEqual([bytes(3)]);
      expect(loaded.lastSeq).toBe(later);
    });

    it('an older compaction never overwrites a newer snapshot', async () => {
      const { store } = await start();
      const s1 = await store.append(ROOM_A, bytes(1), meta);
      const s2 = await store.append(ROOM_A, bytes(2), meta);
      await store.compact(ROOM_A, bytes(7), s2);
      await store.compact(ROOM_A, bytes(6), s1);
      const loaded = await store.load(ROOM_A);
      expect(loaded.snapshot).toEqual(bytes(7));
      expect(loaded.lastSeq).toBe(s2);
    });

    it('does not keep a reference to the caller buffer', async () => {
      const { store } = await start();
      const update = bytes(1, 2, 3);
      await store.append(ROOM_A, update, meta);
      update[0] = 42;
      expect((await store.load(ROOM_A)).updates).toEqual([bytes(1, 2, 3)]);
    });

    it('keeps snapshot and log across a reopen when it persists', async () => {
      const h = await start();
      if (h.reopen === undefined) return;
      const upto = await h.store.append(ROOM_A, bytes(1), meta);
      await h.store.compact(ROOM_A, bytes(5), upto);
      await h.store.append(ROOM_A, bytes(2), meta);
      const reopened = await h.reopen();
      const loaded = await reopened.load(ROOM_A);
      expect(loaded.snapshot).toEqual(bytes(5));
      expect(loaded.updates).toEqual([bytes(2)]);
    });

    it('keeps every accepted update with who sent it in the history, across compaction', async () => {
      const { store } = await start();
      const alice: UpdateMeta = { connectionId: 'c1', userId: 'alice', sessionId: 's1', ip: '10.0.0.1', at: 1_000 };
      const bob: UpdateMeta = { connectionId: 'c2', userId: 'bob', sessionId: 's2', ip: '10.0.0.2', at: 2_000 };
      const first = await store.append(ROOM_A, bytes(1), alice);
      const second = await store.append(ROOM_A, bytes(2), bob);
      await store.append(ROOM_B, bytes(9), bob);
      await store.compact(ROOM_A, bytes(1, 2), second);
      const third = await store.append(ROOM_A, bytes(3), alice);
      const history = await store.history(ROOM_A, 0, 100);
      expect(history.map((entry) => [entry.seq, [...entry.update], entry.userId, entry.sessionId, entry.at])).toEqual([
        [first, [1], 'alice', 's1', 1_000], [second, [2], 'bob', 's2', 2_000], [third, [3], 'alice', 's1', 1_000],
      ]);
      expect((await store.history(ROOM_A, first, 1)).map((entry) => entry.seq)).toEqual([second]);
    });

    it('prunes only merged history older than the cut-off, never the live log', async () => {
      const { store } = await start();
      const at = (ms: number): UpdateMeta => ({ connectionId: 'c1', userId: 'alice', sessionId: 's1', ip: '10.0.0.1', at: ms });
      await store.append(ROOM_A, bytes(1), at(1_000));
      const second = await store.append(ROOM_A, bytes(2), at(5_000));
      await store.compact(ROOM_A, bytes(1, 2), second);
      const live = await store.append(ROOM_A, bytes(3), at(1_500));
      await store.append(ROOM_B, bytes(9), at(1_000));

      expect(await store.pruneHistory(3_000)).toBe(1);
      expect((await store.history(ROOM_A, 0, 100)).map((entry) => [[...entry.update], entry.at])).toEqual([[[2], 5_000], [[3], 1_500]]);
      expect((await store.history(ROOM_B, 0, 100)).map((entry) => entry.update[0])).toEqual([9]);
      const loaded = await store.load(ROOM_A);
      expect(loaded.snapshot).toEqual(bytes(1, 2));
      expect(loaded.updates).toEqual([bytes(3)]);
      expect(loaded.lastSeq).toBe(live);
    });

    it('rejects use after close', async () => {
      const { store } = await start();
      await store.close();
      await expect(store.load(ROOM_A)).rejects.toThrow(/closed/);
    });
  });
}
