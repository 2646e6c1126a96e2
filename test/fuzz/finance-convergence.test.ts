// Finance convergence: two devices record labour, costs and worker payments offline (signing,
// editing and deleting each other's records too), then sync. Every total agrees exactly on both, and
// the copy the real relay stored in SQLite gives the same totals.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sumFen } from '../../shared/money';
import { labourAmount, type WorkerId } from '../../shared/domain/finance';
import type { UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { deleteLabour, financeRoom, readFinance, recordLabour, signLabour, type RoomName } from '../../shared/schema';
import { relayDatabaseFile } from '../../server/start-relay';
import { createSqliteStore } from '../../server/store/sqlite-store';
import { createHarness, type Harness, type TestClient } from '../relay/relay-harness';
import { waitFor } from '../relay/wait-for';
import { makeRandom } from '../support/seeded-random';
import { FinancePeer } from './finance-peer';
import { financeTotals } from './finance-totals';

const ROUNDS = 40;
const SEEDS_PER_RUN = 25;
/** Seeds that once failed stay here as named regressions. */
const REGRESSION_SEEDS: readonly number[] = [];

const FOREMAN = 'user_Foreman0001' as UserId;
const MANAGER = 'user_Manager001' as UserId;
const WANG = 'worker_Wang00001' as WorkerId;

/** The room as the relay stored it in SQLite (snapshot and log), read back from the file. */
async function storedCopy(harness: Harness, room: RoomName): Promise<Y.Doc> {
  const store = createSqliteStore({ file: relayDatabaseFile(harness.dataDir) });
  const stored = await store.load(room);
  await store.close();
  const copy = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(copy, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(copy, update);
  return copy;
}

function ackCovers(client: TestClient, stateVector: Uint8Array): boolean {
  const ack = client.acks.at(-1);
  if (ack === undefined) return false;
  const acked = Y.decodeStateVector(ack);
  return [...Y.decodeStateVector(stateVector)].every(([clientId, clock]) => (acked.get(clientId) ?? 0) >= clock);
}

function runScenario(seed: number): { peers: FinancePeer[]; trace: string[] } {
  const random = makeRandom(seed);
  const peers = [new FinancePeer('foreman', 'user_Foreman0001' as UserId), new FinancePeer('accountant', 'user_Account001' as UserId)];
  const trace: string[] = [];
  let now = 1_000;
  for (let round = 0; round < ROUNDS; round++) {
    for (const peer of peers) {
      if (random.chance(0.25)) peer.online = !peer.online;
      for (let i = 1 + random.int(3); i > 0; i--) trace.push(`${round} ${peer.name}: ${peer.act(random, now++)}`);
    }
    const [a, b] = peers;
    if (a && b && a.online && b.online && random.chance(0.3)) a.syncWith(b);
  }
  const [a, b] = peers;
  if (a && b) a.syncWith(b);
  return { peers, trace };
}

function checkScenario(seed: number): FinancePeer[] {
  const { peers, trace } = runScenario(seed);
  try {
    const [a, b] = peers.map((peer) => financeTotals(peer.doc));
    expect(a).toEqual(b);
    const records = readFinance(peers[0]?.doc ?? new Y.Doc()).labourRecords;
    expect(a?.['labour']).toMatchObject({ worker: { total: { amount: sumFen(records.map(labourAmount)) } } });
  } catch (error) {
    throw new Error(`finance convergence failed for seed ${seed} (replay with FUZZ_SEED=${seed}); last steps:\n${trace.slice(-12).join('\n')}\n${String(error)}`);
  }
  return peers;
}

describe('finance convergence', () => {
  const base = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  it(`two offline devices agree on every total to the fen after syncing (seeds ${base}…${base + SEEDS_PER_RUN - 1})`, () => {
    for (let offset = 0; offset < SEEDS_PER_RUN; offset++) checkScenario(base + offset);
  });

  for (const seed of REGRESSION_SEEDS) {
    it(`regression seed ${seed}`, () => void checkScenario(seed));
  }

  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.cleanup();
    harness = null;
  });

  it(`through the real relay: both clients and the relay's stored copy give the same totals (seed ${base})`, async () => {
    const random = makeRandom(base);
    const foreman = new FinancePeer('foreman', 'user_Foreman0001' as UserId);
    const accountant = new FinancePeer('accountant', 'user_Account001' as UserId);
    // offline: each works alone, nothing shared yet
    for (let i = 0; i < 60; i++) {
      foreman.act(random, 1_000 + i);
      accountant.act(random, 2_000 + i);
    }
    harness = await createHarness();
    const relay = await harness.start();
    const room = financeRoom('proj-finance-01');
    const one = harness.connect(relay, room, { ack: '1' });
    const two = harness.connect(relay, room, { ack: '1' });
    await waitFor(() => one.provider.synced && two.provider.synced, 'both clients synced');
    Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(foreman.doc));
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(accountant.doc));
    const sent = [Y.encodeStateVector(foreman.doc), Y.encodeStateVector(accountant.doc)] as const;
    foreman.syncWith(accountant);
    const expected = financeTotals(foreman.doc);
    const agreed = (): boolean => JSON.stringify(financeTotals(one.doc)) === JSON.stringify(expected) && JSON.stringify(financeTotals(two.doc)) === JSON.stringify(expected);
    await waitFor(agreed, 'both clients hold every edit', 10_000);
    // each client's acknowledgement covers what it sent (its doc also holds what it received)
    await waitFor(() => ackCovers(one, sent[0]) && ackCovers(two, sent[1]), 'the relay acknowledged every edit as durable', 10_000);
    expect(financeTotals(one.doc)).toEqual(expected);
    expect(financeTotals(two.doc)).toEqual(expected);
    one.destroy();
    two.destroy();
    await relay.close();

    const relayCopy = await storedCopy(harness, room);
    expect(financeTotals(relayCopy)).toEqual(expected);
    expect(readFinance(relayCopy).labourRecords.length).toBeGreaterThan(0);
  });

  it('through the real relay: a day deleted offline by the foreman while the manager signs it stays counted and flagged on both clients and in the stored copy', async () => {
    harness = await createHarness();
    const relay = await harness.start();
    const room = financeRoom('proj-finance-02');
    const foreman = harness.connect(relay, room, { ack: '1' });
    const manager = harness.connect(relay, room, { ack: '1' });
    await waitFor(() => foreman.provider.synced && manager.provider.synced, 'both clients synced');
    const recorded = recordLabour(foreman.doc, {
      workerId: WANG, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1.5, hours: 0, hoursPerDay: 8, pay: 'day-rate',
      dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 1, overtimeRate: fen(5_000), content: '', taskId: null,
    }, FOREMAN, 1_000, 'foreman');
    if (!recorded.ok) throw new Error(recorded.reason);
    const id = recorded.value;
    await waitFor(() => readFinance(manager.doc).labourRecords.length === 1, 'the manager sees the record');
    // both go offline: the foreman deletes it, the manager signs it
    foreman.provider.disconnect();
    manager.provider.disconnect();
    expect(deleteLabour(foreman.doc, id, FOREMAN, 2_000, 'foreman').ok).toBe(true);
    expect(signLabour(manager.doc, id, MANAGER, 2_001, 'manager').ok).toBe(true);
    const sent = [Y.encodeStateVector(foreman.doc), Y.encodeStateVector(manager.doc)] as const;
    foreman.provider.connect();
    manager.provider.connect();
    const flagged = (doc: Y.Doc): boolean => readFinance(doc).labourRecords[0]?.deleteConflict?.deletedBy === FOREMAN;
    await waitFor(() => flagged(foreman.doc) && flagged(manager.doc), 'both clients hold the delete and the sign-off', 10_000);
    await waitFor(() => ackCovers(foreman, sent[0]) && ackCovers(manager, sent[1]), 'the relay acknowledged both as durable', 10_000);
    const expected = financeTotals(foreman.doc);
    expect(financeTotals(manager.doc)).toEqual(expected);
    // 1.5 × ¥350 + 1 h × ¥50 = ¥575, signed: a cost and owed to the worker
    expect(expected).toMatchObject({ records: 1, costs: 57_500, balances: { total: { owed: 57_500 } } });
    foreman.destroy();
    manager.destroy();
    await relay.close();
    const relayCopy = await storedCopy(harness, room);
    expect(financeTotals(relayCopy)).toEqual(expected);
    expect(readFinance(relayCopy).labourRecords[0]).toMatchObject({ signOff: 'signed', signedBy: MANAGER, deleteConflict: { deletedBy: FOREMAN } });
  });
});
