import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { summarizeProject } from './quarter-summary';
import type { SnapshotPoint } from './metrics-wire';

describe('summarizeProject', () => {
  const tasks = { total: 4, done: 3, open: 1, overdue: 0, percentComplete: 75 };
  it("is the last snapshot's figures of each room, as of the later day", () => {
    const work: SnapshotPoint[] = [
      { at: 2, day: '2026-11-02' as IsoDay, tasks, schedule: null, finance: null },
      { at: 1, day: '2026-11-01' as IsoDay, tasks: { ...tasks, done: 1 }, schedule: null, finance: null },
    ];
    const zero = 0 as Fen;
    const finance = { budget: 100 as Fen, actual: 200 as Fen, cashIn: zero, cashOut: zero, cashBalance: zero, earnedValue: null, pv: null, ev: null, ac: null };
    const money: SnapshotPoint[] = [{ at: 3, day: '2026-11-03' as IsoDay, tasks: null, schedule: null, finance }];
    expect(summarizeProject(work, money)).toEqual({ asOf: '2026-11-03', tasks, schedule: null, finance });
    expect(summarizeProject(work).finance).toBeNull();
    expect(summarizeProject([])).toEqual({ asOf: null, tasks: null, schedule: null, finance: null });
  });
});
