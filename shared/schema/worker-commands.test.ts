import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { recentWorkersFirst } from '../domain/finance/worker';
import { labourRecord } from '../domain/finance/finance-test-fixtures';
import type { IsoDay } from '../iso-day';
import { fen, type Fen } from '../money';
import { syncAll, NOW, ORIGIN } from './test-fixtures';
import { addWorker, deactivateWorker, updateWorker } from './worker-commands';
import { readWorkers } from './worker-read';

const mason = { name: ' 王 师傅 ', team: '泥工班', trade: '瓦工', defaultDayRate: fen(35_000), phone: '138 0000 0000' };

describe('worker roster', () => {
  it('adds a worker with trimmed fields, active', () => {
    const doc = new Y.Doc();
    const added = addWorker(doc, mason, NOW, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    expect(readWorkers(doc)).toEqual([{ id: added.value, name: '王 师傅', team: '泥工班', trade: '瓦工', defaultDayRate: 35_000, phone: '138 0000 0000', active: true }]);
  });

  it('refuses an empty name, a fractional rate and a phone with letters', () => {
    const doc = new Y.Doc();
    expect(addWorker(doc, { ...mason, name: '  ' }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'empty-or-too-long' });
    expect(addWorker(doc, { ...mason, defaultDayRate: 350.5 as Fen }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-rate' });
    expect(addWorker(doc, { ...mason, phone: 'call me' }, NOW, ORIGIN)).toEqual({ ok: false, reason: 'invalid-phone' });
    expect(readWorkers(doc)).toEqual([]);
  });

  it('a rate change on one device and a deactivation on another both survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const added = addWorker(a, mason, NOW, ORIGIN);
    if (!added.ok) throw new Error(added.reason);
    syncAll([a, b]);
    updateWorker(a, added.value, { defaultDayRate: fen(38_000) }, ORIGIN);
    deactivateWorker(b, added.value, ORIGIN);
    syncAll([a, b]);
    expect(readWorkers(b)[0]).toMatchObject({ defaultDayRate: 38_000, active: false });
    expect(readWorkers(a)).toEqual(readWorkers(b));
  });

  it('the entry form lists active workers recorded most recently first, then the rest by name', () => {
    const doc = new Y.Doc();
    const ids = ['张三', '李四', '王五', '赵六'].map((name) => {
      const added = addWorker(doc, { ...mason, name }, NOW, ORIGIN);
      if (!added.ok) throw new Error(added.reason);
      return added.value;
    });
    const [zhang, li, wang, zhao] = ids;
    if (!zhang || !li || !wang || !zhao) throw new Error('fixture');
    deactivateWorker(doc, zhao, ORIGIN);
    const records = [labourRecord({ workerId: wang, day: '2026-03-01' as IsoDay }), labourRecord({ workerId: li, day: '2026-03-03' as IsoDay }), labourRecord({ workerId: zhao, day: '2026-03-04' as IsoDay })];
    expect(recentWorkersFirst(readWorkers(doc), records).map((worker) => worker.name)).toEqual(['李四', '王五', '张三']);
  });
});
