import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Fen } from '../money';
import type { NewWorker } from '../domain/import/unknown-workers';
import { addWorkersFromImport } from './import-finance-roster';
import { makeUndoManager } from './undo';
import { addWorker } from './worker-commands';
import { readWorkers } from './worker-read';

const ORIGIN = { source: 'roster-test' };
const person = (name: string, rate = 30000): NewWorker => ({ name, team: '木工班', trade: '木工', defaultDayRate: rate as Fen, sheetRows: [2] });

describe('adding a labour sheet\'s new people to the roster', () => {
  it('adds them in one undo step with their team, trade and rate, skipping names on the roster by now', () => {
    const doc = new Y.Doc();
    addWorker(doc, { name: '张三', team: '', trade: '', defaultDayRate: 0 as Fen, phone: '' }, 1, { source: 'teammate' });
    const undo = makeUndoManager(doc, 'workspace', ORIGIN);
    const result = addWorkersFromImport(doc, [person('王五'), person('张 三'), person('赵六', 32000)], 2, ORIGIN);
    expect(result.ok && result.added.length).toBe(2);
    expect(readWorkers(doc).map((w) => [w.name, w.team, w.trade, w.defaultDayRate]).sort()).toEqual([
      ['张三', '', '', 0], ['王五', '木工班', '木工', 30000], ['赵六', '木工班', '木工', 32000],
    ]);
    undo.undo();
    expect(readWorkers(doc).map((w) => w.name)).toEqual(['张三']);
  });

  it('adds nobody when the roster refuses one name', () => {
    const doc = new Y.Doc();
    const result = addWorkersFromImport(doc, [person('王五'), person('长'.repeat(300))], 1, ORIGIN);
    expect(result).toEqual({ ok: false, name: '长'.repeat(300), reason: 'empty-or-too-long' });
    expect(readWorkers(doc)).toEqual([]);
  });
});
