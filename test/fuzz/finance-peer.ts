// A device working on one project's finance room: random labour, cost and fund commands from a seeded
// generator, and a sync that copies what the other side lacks (like a reconnect).
import * as Y from 'yjs';
import type { CategoryId, WorkerId } from '../../shared/domain/finance';
import type { IsoDay } from '../../shared/iso-day';
import type { UserId } from '../../shared/ids';
import { fen } from '../../shared/money';
import {
  copyCrewFromDay, deleteCost, deleteLabour, deleteSignedLabourAgain, keepDeletedLabour, readFinance, recordCost, recordFund, recordLabour, signLabour, unsignLabour, updateCost, updateLabour,
} from '../../shared/schema';
import type { Random } from '../support/seeded-random';

export const WORKERS = Array.from({ length: 6 }, (_, i) => `worker_${String(i).padStart(10, '0')}` as WorkerId);
const CATEGORIES = ['materials', 'machinery', 'subcontract', 'labour'] as CategoryId[];
const DAYS = Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}` as IsoDay);
/** The peers' today: every paid day the fuzzer picks is on or before it. */
const LAST_DAY = '2026-03-10' as IsoDay;

export class FinancePeer {
  readonly doc = new Y.Doc();
  online = true;

  constructor(readonly name: string, private readonly user: UserId) {}

  syncWith(other: FinancePeer): void {
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(other.doc)));
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(this.doc)));
  }

  /** One random command; returns a line for the failure trace. */
  act(random: Random, now: number): string {
    const view = readFinance(this.doc);
    const labour = random.pick(view.labourRecords)?.id;
    const cost = random.pick(view.costEntries)?.id;
    const roll = random.int(100);
    const origin = { peer: this.name };
    if (roll < 35) return `recordLabour ${recordLabour(this.doc, this.labourInput(random), this.user, now, origin).ok}`;
    if (roll < 45 && labour) return `updateLabour ${updateLabour(this.doc, labour, { manDays: random.int(5) / 2, overtimeHours: random.int(5) / 2 }, now, origin).ok}`;
    if (roll < 58 && labour) return `signLabour ${signLabour(this.doc, labour, this.user, now, origin).ok}`;
    if (roll < 62 && labour) return `unsignLabour ${unsignLabour(this.doc, labour, now, origin).ok}`;
    if (roll < 66 && labour) return `deleteLabour ${deleteLabour(this.doc, labour, this.user, now, origin).ok}`;
    // a record deleted here while the other device signed it: decide it (refused unless it is one)
    if (roll < 67 && labour) {
      return random.chance(0.5)
        ? `keepDeletedLabour ${keepDeletedLabour(this.doc, labour, origin).ok}`
        : `deleteSignedLabourAgain ${deleteSignedLabourAgain(this.doc, labour, this.user, now, origin).ok}`;
    }
    if (roll < 72) return `copyCrew ${copyCrewFromDay(this.doc, pick(random, DAYS), pick(random, DAYS), this.user, now, origin).ok}`;
    if (roll < 85) return `recordCost ${recordCost(this.doc, this.costInput(random), this.user, now, origin).ok}`;
    if (roll < 90 && cost) return `updateCost ${updateCost(this.doc, cost, { amount: fen(1 + random.int(5_000_000)) }, now, origin).ok}`;
    if (roll < 93 && cost) return `deleteCost ${deleteCost(this.doc, cost, origin).ok}`;
    const paid = recordFund(this.doc, {
      direction: 'payment', status: 'done', amount: fen(1 + random.int(100_000)), dueDay: null, paidDay: pick(random, DAYS),
      counterparty: '', workerId: pick(random, WORKERS), categoryId: null, taskId: null, note: '',
    }, LAST_DAY, now, origin);
    return `recordFund ${paid.ok}`;
  }

  private labourInput(random: Random): Parameters<typeof recordLabour>[1] {
    return {
      workerId: pick(random, WORKERS),
      day: pick(random, DAYS),
      timeUnit: random.chance(0.3) ? 'hours' : 'man-days',
      manDays: random.int(5) / 2,
      hours: random.int(21) / 2,
      hoursPerDay: 8,
      pay: random.chance(0.2) ? 'piece-rate' : 'day-rate',
      dayRate: fen(25_000 + random.int(20_001)),
      pieceRate: fen(random.int(5_001)),
      quantity: random.int(50_000) / 1000,
      overtimeHours: random.int(7) / 2,
      overtimeRate: fen(random.int(6_001)),
      content: '',
      taskId: null,
    };
  }

  private costInput(random: Random): Parameters<typeof recordCost>[1] {
    return { day: pick(random, DAYS), categoryId: pick(random, CATEGORIES), amount: fen(1 + random.int(5_000_000)), taskId: null, supplier: '', invoiceNumber: '', note: '' };
  }
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = random.pick(items);
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
