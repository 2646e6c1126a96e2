import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../log';
import type { RoomName } from '../../shared/schema/room-name';
import { makeHistoryRetention } from './history-retention';
import { createMemoryStore } from './memory-store';

const ROOM = 'p.retention01' as RoomName;
const DAY_MS = 86_400_000;

async function storeWithHistory(ages: readonly number[], now: number) {
  const store = createMemoryStore();
  let seq = 0;
  for (const [index, age] of ages.entries()) {
    seq = await store.append(ROOM, new Uint8Array([index]), { connectionId: 'c', ip: '127.0.0.1', at: now - age });
  }
  await store.compact(ROOM, new Uint8Array([99]), seq);
  return store;
}

describe('history retention', () => {
  it('forgets merged history older than the setting and keeps the rest', async () => {
    const now = 100 * DAY_MS;
    const store = await storeWithHistory([40 * DAY_MS, 31 * DAY_MS, 29 * DAY_MS, 0], now);
    const stop = makeHistoryRetention({ store, clock: { now: () => now }, logger: createSilentLogger(), retentionDays: 30 });
    try {
      await expect.poll(async () => (await store.history(ROOM, 0, 10)).length).toBe(2);
      expect((await store.history(ROOM, 0, 10)).map((entry) => now - entry.at)).toEqual([29 * DAY_MS, 0]);
    } finally {
      stop();
    }
  });

  it('keeps everything when retention is 0 (the default): the store is never asked to prune', async () => {
    const now = 100 * DAY_MS;
    const inner = await storeWithHistory([400 * DAY_MS, 0], now);
    let pruneCalls = 0;
    const store = { ...inner, pruneHistory: (before: number) => ((pruneCalls += 1), inner.pruneHistory(before)) };
    const stop = makeHistoryRetention({ store, clock: { now: () => now }, logger: createSilentLogger(), retentionDays: 0, intervalMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(pruneCalls).toBe(0);
    expect(await inner.history(ROOM, 0, 10)).toHaveLength(2);
  });
});
