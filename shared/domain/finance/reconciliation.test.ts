// Property: for any record set, every summary's groups add up exactly to the total of the records
// (the sum of each record's rounded amount), to the fen, and random worker payments settle exactly what
// each worker is owed. Seeded; the seed is in the test name.
import { describe, expect, it } from 'vitest';
import { makeRandom, type Random } from '../../../test/support/seeded-random';
import type { IsoDay } from '../../iso-day';
import { fen, sumFen, type Fen } from '../../money';
import { compareBudget } from './budget-vs-actual';
import { LABOUR_CATEGORY_ID } from './cost-category';
import type { CategoryId, WorkerId } from './finance-ids';
import { costEntry, fundEntry, labourRecord } from './finance-test-fixtures';
import { actualCosts } from './labour-costs';
import { labourAmount, type LabourRecord } from './labour-record';
import { LABOUR_GROUPINGS, summarizeLabour } from './labour-summary';
import { workerBalances } from './worker-balance';

const RUNS = 200;
const WORKERS = Array.from({ length: 7 }, (_, i) => `worker_${String(i).padStart(10, '0')}` as WorkerId);
const TEAMS = ['泥工班', '木工班', '钢筋班', ''];
const TASKS = [null, 'task_A000000001', 'task_B000000001'];
const CATEGORIES = ['labour', 'materials', 'machinery', 'other'] as CategoryId[];

function randomDay(random: Random): IsoDay {
  return `2026-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}` as IsoDay;
}

function randomRecord(random: Random): LabourRecord {
  const pay = random.chance(0.2) ? 'piece-rate' : 'day-rate';
  return labourRecord({
    workerId: random.pick(WORKERS) ?? WORKERS[0],
    day: randomDay(random),
    timeUnit: random.chance(0.3) ? 'hours' : 'man-days',
    manDays: random.int(7) / 2,
    hours: random.int(25) / 2,
    hoursPerDay: 8 + random.int(3),
    pay,
    // odd rates so hours and halves really produce fractions of a fen before rounding
    dayRate: fen(20_000 + random.int(30_001)),
    pieceRate: fen(random.int(10_001)),
    quantity: random.int(100_000) / 1000,
    overtimeHours: random.int(9) / 2,
    overtimeRate: fen(random.int(8_001)),
    taskId: random.pick(TASKS) ?? null,
    signOff: random.chance(0.6) ? 'signed' : 'pending',
  });
}

function checkSeed(seed: number): void {
  const random = makeRandom(seed);
  const records = Array.from({ length: random.int(120) }, () => randomRecord(random));
  const teamByWorker = new Map(WORKERS.map((worker) => [worker, random.pick(TEAMS) ?? '']));
  const recordsTotal = sumFen(records.map(labourAmount));
  const signedTotal = sumFen(records.filter((record) => record.signOff === 'signed').map(labourAmount));
  for (const grouping of LABOUR_GROUPINGS) {
    const summary = summarizeLabour(records, grouping, undefined, (worker) => teamByWorker.get(worker) ?? '');
    const sum = (pick: (group: (typeof summary.groups)[number]) => Fen): Fen => sumFen(summary.groups.map(pick));
    expect(summary.total.amount, `${grouping} total`).toBe(recordsTotal);
    expect(sum((group) => group.amount), `${grouping} amount`).toBe(recordsTotal);
    expect(sum((group) => group.signedAmount), `${grouping} signed`).toBe(signedTotal);
    expect(sum((group) => group.pendingAmount), `${grouping} pending`).toBe(recordsTotal - signedTotal);
    expect(summary.groups.reduce((n, group) => n + group.records, 0)).toBe(records.length);
    expect(summary.groups.reduce((n, group) => n + group.manDays * 2, 0)).toBe(summary.total.manDays * 2);
  }
  const balances = workerBalances(records, []);
  expect(sumFen(balances.workers.map((balance) => balance.owed))).toBe(signedTotal);

  const entries = Array.from({ length: random.int(40) }, () =>
    costEntry(fen(random.int(2_000_000) - 100_000), { categoryId: random.pick(CATEGORIES) ?? LABOUR_CATEGORY_ID, taskId: random.pick(TASKS) ?? null }));
  const costs = actualCosts(entries, records);
  const costTotal = sumFen(costs.map((cost) => cost.amount));
  expect(costTotal).toBe(sumFen(entries.map((entry) => entry.amount)) + signedTotal);
  for (const grouping of ['category', 'task'] as const) {
    const comparison = compareBudget({ budgetLines: [], costs, labour: records, funds: [] }, grouping);
    expect(sumFen(comparison.rows.map((row) => row.actual)), `${grouping} actual`).toBe(costTotal);
    expect(comparison.total.actual).toBe(costTotal);
    expect(comparison.total.committed).toBe(recordsTotal - signedTotal);
  }

  // worker payments settle what the summary says is owed: per worker, owed = signed − payments done to them
  const payments = Array.from({ length: random.int(30) }, () => fundEntry({
    direction: random.chance(0.85) ? 'payment' : 'receipt',
    amount: fen(1 + random.int(200_000)),
    status: random.chance(0.7) ? 'done' : 'planned',
    paidDay: randomDay(random),
    workerId: random.chance(0.8) ? random.pick(WORKERS) ?? null : null,
  }));
  const settling = payments.filter((entry) => entry.direction === 'payment' && entry.status === 'done' && entry.workerId !== null);
  const paid = workerBalances(records, payments);
  for (const balance of paid.workers) {
    const signed = sumFen(records.filter((record) => record.workerId === balance.workerId && record.signOff === 'signed').map(labourAmount));
    const settled = sumFen(settling.filter((entry) => entry.workerId === balance.workerId).map((entry) => entry.amount));
    expect(balance, balance.workerId).toMatchObject({ signedAmount: signed, paid: settled, owed: signed - settled });
  }
  expect(paid.total.paid).toBe(sumFen(settling.map((entry) => entry.amount)));
  expect(paid.total.owed).toBe(signedTotal - paid.total.paid);
  expect(sumFen(paid.workers.map((balance) => balance.owed))).toBe(paid.total.owed);
}

describe('reconciliation', () => {
  const base = Number(process.env.FUZZ_SEED ?? 40_226);
  it(`every summary's groups add up to the records' total, exactly (seeds ${base}…${base + RUNS - 1})`, () => {
    for (let seed = base; seed < base + RUNS; seed++) {
      try {
        checkSeed(seed);
      } catch (error) {
        throw new Error(`reconciliation failed for seed ${seed} (replay with FUZZ_SEED=${seed}): ${String(error)}`);
      }
    }
  });
});
