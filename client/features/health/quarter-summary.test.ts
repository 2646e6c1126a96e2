import { describe, expect, it } from 'vitest';
import type { TeamMetricsDay } from '../../../shared/domain/metrics/team-metrics-wire';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { summarizeProject, summarizeTeam } from './quarter-summary';
import type { SnapshotPoint } from './metrics-wire';

const teamDay = (day: string, fields: Partial<TeamMetricsDay> = {}): TeamMetricsDay => ({
  day: day as IsoDay, activePeople: 0, editors: 0, activityRate: 0, edits: 0, errors: 0, errorsPerActiveSession: null, satisfaction: null, ...fields,
});

describe('summarizeTeam', () => {
  it('averages the daily activity rate over every day, quiet days included', () => {
    const summary = summarizeTeam([teamDay('2026-10-01', { activePeople: 2, activityRate: 0.5, edits: 7, errorsPerActiveSession: 0 }), teamDay('2026-10-02'), teamDay('2026-10-03', { activePeople: 4, activityRate: 1, edits: 3, errorsPerActiveSession: 0 })]);
    expect(summary.activityRate).toBe(0.5);
    expect(summary).toMatchObject({ days: 3, activeDays: 2, edits: 10, errors: 0, errorsPerActiveSession: 0 });
  });
  it('divides all error reports by all active sessions, recovering the sessions of days with errors from their rate', () => {
    // day 1: 3 errors from 2 sessions of 1 person (rate 1.5); day 2: 1 person, no errors
    const summary = summarizeTeam([teamDay('2026-10-01', { activePeople: 1, errors: 3, errorsPerActiveSession: 1.5 }), teamDay('2026-10-02', { activePeople: 1, errorsPerActiveSession: 0 })]);
    expect(summary.errors).toBe(3);
    expect(summary.errorsPerActiveSession).toBe(1);
  });
  it("takes each month's last mean and averages the months", () => {
    const summary = summarizeTeam([
      teamDay('2026-10-05', { satisfaction: 3 }), teamDay('2026-10-20', { satisfaction: 4 }), teamDay('2026-10-31'),
      teamDay('2026-11-02', { satisfaction: 2 }),
    ]);
    expect(summary.satisfaction).toBe(3);
  });
  it('has no rates without members, activity or answers', () => {
    expect(summarizeTeam([teamDay('2026-10-01', { activityRate: null })])).toMatchObject({ activityRate: null, errorsPerActiveSession: null, satisfaction: null });
    expect(summarizeTeam([])).toMatchObject({ days: 0, activityRate: null });
  });
});

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
