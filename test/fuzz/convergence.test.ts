// Convergence fuzz: several devices apply random board commands (concurrent moves of one card and
// edits to one task included), go offline and reconnect in random order. At the end every device
// holds the same board, and every card created and not deleted is on it exactly once.
import { describe, expect, it } from 'vitest';
import { groupCardsByColumn } from '../../shared/domain/board';
import type { TaskId } from '../../shared/ids';
import { initProject, readProject } from '../../shared/schema';
import { makeRandom } from '../support/seeded-random';
import { BoardPeer, type PeerLog } from './board-peer';

const PEERS = 4;
const ROUNDS = 60;
const SEEDS_PER_RUN = 30;
/** Seeds that once failed stay here as named regressions. */
const REGRESSION_SEEDS: readonly number[] = [];

function runScenario(seed: number): { peers: BoardPeer[]; log: PeerLog; trace: string[] } {
  const random = makeRandom(seed);
  const log: PeerLog = { created: new Set<TaskId>(), deleted: new Set<TaskId>() };
  const peers = Array.from({ length: PEERS }, (_, index) => new BoardPeer(`peer${index}`, log));
  const [first] = peers;
  if (!first) throw new Error('no peers');
  initProject(first.doc, ['To do', 'Doing', 'Done'], { setup: true });
  for (const peer of peers) first.syncWith(peer);
  const trace: string[] = [];
  let now = 1_000;
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 10 === 5) for (const peer of peers) trace.push(`${round} ${peer.name}: ${peer.contendForFirstCard(random, now++)}`);
    for (const peer of peers) {
      if (random.chance(0.2)) peer.online = !peer.online;
      const actions = 1 + random.int(3);
      for (let i = 0; i < actions; i++) trace.push(`${round} ${peer.name}: ${peer.act(random, now++)}`);
    }
    const online = peers.filter((peer) => peer.online);
    for (let i = 0; i < online.length; i++) {
      const a = random.pick(online);
      const b = random.pick(online);
      if (a && b && a !== b) a.syncWith(b);
    }
  }
  // Everyone reconnects, in a random order: all meet at one peer, then it passes everything back.
  const order = [...peers].sort(() => random.next() - 0.5);
  const [hub, ...rest] = order;
  for (let pass = 0; pass < 2; pass++) for (const peer of rest) hub?.syncWith(peer);
  return { peers, log, trace };
}

function checkScenario(seed: number): void {
  const { peers, log, trace } = runScenario(seed);
  const views = peers.map((peer) => readProject(peer.doc));
  const [reference] = views;
  try {
    for (const view of views) expect(view).toEqual(reference);
    const live = [...log.created].filter((id) => !log.deleted.has(id)).sort();
    const view = reference ?? readProject(peers[0]?.doc ?? new BoardPeer('none', log).doc);
    const onBoard = view.columns.length > 0
      ? [...groupCardsByColumn(view.columns, view.tasks).values()].flat().map((task) => task.id)
      : view.tasks.map((task) => task.id);
    expect([...onBoard].sort()).toEqual(live);
  } catch (error) {
    throw new Error(`convergence failed for seed ${seed} (replay with FUZZ_SEED=${seed}); last steps:\n${trace.slice(-15).join('\n')}\n${String(error)}`);
  }
}

describe('board convergence fuzz', () => {
  const base = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  it(`converges with no card lost or duplicated (seeds ${base}…${base + SEEDS_PER_RUN - 1})`, () => {
    for (let offset = 0; offset < SEEDS_PER_RUN; offset++) checkScenario(base + offset);
  });

  for (const seed of REGRESSION_SEEDS) {
    it(`regression seed ${seed}`, () => checkScenario(seed));
  }
});
