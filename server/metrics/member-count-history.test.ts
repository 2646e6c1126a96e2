import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDay } from '../../shared/iso-day';
import { recordDayBoundaryMemberCounts } from './member-count-history';
import { openMetricsDb, type MetricsDb } from './metrics-db';
import { createMetricsStore, type MetricsStore } from './metrics-store';

const WS = 'workspace01';
const day = (value: string): IsoDay => value as IsoDay;
const members = (count: number) => [{ workspaceId: WS, members: count }];

describe('member count history', () => {
  let dir = '';
  let db: MetricsDb;
  let store: MetricsStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'member-counts-'));
    db = openMetricsDb(path.join(dir, 'metrics.sqlite'));
    store = createMetricsStore(db);
  });
  afterEach(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });
  const history = () => store.memberCounts(WS, day('2026-11-01'), day('2026-11-30')).map((row) => [row.day, row.members]);

  it('counts a person who joined during a day in that day, from the next day’s pass', () => {
    recordDayBoundaryMemberCounts(store, day('2026-11-23'), null, members(2)); // the start of the 23rd
    // someone joins at 15:00 on the 23rd; the pass just after midnight sees three
    recordDayBoundaryMemberCounts(store, day('2026-11-24'), day('2026-11-23'), members(3));
    expect(history()).toEqual([['2026-11-23', 3], ['2026-11-24', 3]]);
  });

  it('never lowers a day’s count: someone who left during the day was a member that day', () => {
    recordDayBoundaryMemberCounts(store, day('2026-11-23'), null, members(4));
    // one removed on the 23rd; the next pass sees three
    recordDayBoundaryMemberCounts(store, day('2026-11-24'), day('2026-11-23'), members(3));
    // a restart on the 24th after another removal: its first pass knows no day before it
    recordDayBoundaryMemberCounts(store, day('2026-11-24'), null, members(2));
    expect(history()).toEqual([['2026-11-23', 4], ['2026-11-24', 3]]);
  });

  it('a pass after a start raises only its own day: the day before keeps the count it recorded', () => {
    recordDayBoundaryMemberCounts(store, day('2026-11-23'), null, members(2));
    // the relay was down at midnight; it starts at 10:00 on the 24th with five members
    recordDayBoundaryMemberCounts(store, day('2026-11-24'), null, members(5));
    expect(history()).toEqual([['2026-11-23', 2], ['2026-11-24', 5]]);
  });
});
