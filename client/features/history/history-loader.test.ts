import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiResult, HistoryEntryWire, HistoryPage } from '../../access/access-api';
import { addTask, updateTask } from '../../../shared/schema';
import { ORIGIN } from '../../../shared/schema/test-fixtures';
import { makeHistoryLoader, type HistorySnapshot } from './history-loader';
import { ANN, BO, recordedBoard, START, valueOf, type RecordedBoard } from './test-fixtures';

/** The relay's paging over recorded entries: oldest first after a seq, `more` when the page is full. */
function pagesOf(entries: readonly HistoryEntryWire[], limit: number) {
  const requests: number[] = [];
  const fetchPage = async (after: number): Promise<ApiResult<HistoryPage>> => {
    requests.push(after);
    const page = entries.filter((entry) => entry.seq > after).slice(0, limit);
    return { ok: true, value: { entries: page, more: page.length === limit } };
  };
  return { fetchPage, requests };
}

function boardWithRenames(count: number): { board: RecordedBoard } {
  const board = recordedBoard();
  const taskId = board.record(ANN, START, () => valueOf(addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: null, now: START }, ORIGIN)));
  for (let index = 1; index <= count; index++) {
    board.record(BO, START + index, () => updateTask(board.doc, taskId, { title: `Pour slab ${index}` }, START, ORIGIN));
  }
  return { board };
}

async function loaded(result: Promise<ApiResult<HistorySnapshot>>): Promise<HistorySnapshot> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

describe('makeHistoryLoader', () => {
  it('fetches pages until the relay has no more', async () => {
    const { board } = boardWithRenames(6);
    const relay = pagesOf(board.entries, 3);
    const loader = makeHistoryLoader({ doc: board.doc, fetchPage: relay.fetchPage, commentCard: () => null });
    const snapshot = await loaded(loader.load());
    expect(snapshot.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(snapshot).toMatchObject({ hasMore: false, olderDropped: false, waitingForSync: false });
    expect(relay.requests).toEqual([0, 3, 6]);
  });

  it('stops after its page budget and continues where it stopped on the next load', async () => {
    const { board } = boardWithRenames(9);
    const relay = pagesOf(board.entries, 2);
    const loader = makeHistoryLoader({ doc: board.doc, fetchPage: relay.fetchPage, commentCard: () => null, maxPagesPerLoad: 2 });
    expect(await loaded(loader.load())).toMatchObject({ hasMore: true });
    const second = await loaded(loader.load());
    expect(second.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(relay.requests).toEqual([0, 2, 4, 6]);
  });

  it('keeps only the newest entries and says older ones were dropped', async () => {
    const { board } = boardWithRenames(9);
    const loader = makeHistoryLoader({ doc: board.doc, fetchPage: pagesOf(board.entries, 500).fetchPage, commentCard: () => null, maxKeptEntries: 4 });
    const snapshot = await loaded(loader.load());
    expect(snapshot.entries.map((entry) => entry.seq)).toEqual([7, 8, 9, 10]);
    expect(snapshot.olderDropped).toBe(true);
  });

  it('only asks for what is new when loaded again', async () => {
    const { board } = boardWithRenames(2);
    const relay = pagesOf(board.entries, 500);
    const loader = makeHistoryLoader({ doc: board.doc, fetchPage: relay.fetchPage, commentCard: () => null });
    await loaded(loader.load());
    await loaded(loader.load());
    expect(relay.requests).toEqual([0, 3]);
  });

  it('stops before an update this device has not synced yet, and picks it up once it has', async () => {
    const board = recordedBoard();
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(board.doc));
    const taskId = board.record(ANN, START, () => valueOf(addTask(board.doc, { columnId: board.todo, title: 'Pour slab', createdBy: null, now: START }, ORIGIN)));
    Y.applyUpdate(device, Y.encodeStateAsUpdate(board.doc));
    board.record(BO, START + 1, () => updateTask(board.doc, taskId, { title: 'Pour slab B' }, START, ORIGIN));
    const relay = pagesOf(board.entries, 500);
    const loader = makeHistoryLoader({ doc: device, fetchPage: relay.fetchPage, commentCard: () => null });
    const behind = await loaded(loader.load());
    expect(behind).toMatchObject({ waitingForSync: true, hasMore: false });
    expect(behind.entries.map((entry) => entry.seq)).toEqual([1]);
    Y.applyUpdate(device, Y.encodeStateAsUpdate(board.doc));
    const caughtUp = await loaded(loader.load());
    expect(caughtUp).toMatchObject({ waitingForSync: false });
    expect(caughtUp.entries.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(relay.requests).toEqual([0, 1]);
  });

  it('hands a failure back as it came', async () => {
    const loader = makeHistoryLoader({ doc: new Y.Doc(), fetchPage: async () => ({ ok: false, error: 'no-access-to-room', status: 403 }), commentCard: () => null });
    expect(await loader.load()).toEqual({ ok: false, error: 'no-access-to-room', status: 403 });
  });
});
