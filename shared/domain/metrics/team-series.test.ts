import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { MAX_TEAM_RANGE_DAYS } from './team-metrics-wire';
import { buildTeamSeries, teamRangeDays } from './team-series';

const d = (day: string) => day as IsoDay;

describe('teamRangeDays', () => {
  it('spells out every day of the range, both ends included, across a month end', () => {
    expect(teamRangeDays('2026-11-29', '2026-12-02')).toEqual({ ok: true, days: ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'] });
    expect(teamRangeDays('2026-12-02', '2026-12-02')).toEqual({ ok: true, days: ['2026-12-02'] });
  });

  it('names what is wrong: a bad day, an empty range, a range too long', () => {
    expect(teamRangeDays('2026-02-30', '2026-03-01')).toEqual({ ok: false, reason: 'invalid-from' });
    expect(teamRangeDays('2026-03-01', undefined)).toEqual({ ok: false, reason: 'invalid-to' });
    expect(teamRangeDays('2026-03-02', '2026-03-01')).toEqual({ ok: false, reason: 'invalid-range' });
    const longest = teamRangeDays('2026-01-01', '2027-02-04');
    expect(longest.ok && longest.days.length).toBe(MAX_TEAM_RANGE_DAYS);
    expect(teamRangeDays('2026-01-01', '2027-02-05')).toEqual({ ok: false, reason: 'range-too-long' });
  });
});

describe('buildTeamSeries', () => {
  const days = [d('2026-11-30'), d('2026-12-01'), d('2026-12-02')];

  it('gives a row for every day, quiet days as zeros with no rates', () => {
    const rows = buildTeamSeries({ days, memberCount: 3, today: d('2026-12-02'), memberHistory: [], activity: [], errors: [], answers: [] });
    expect(rows.map((row) => row.day)).toEqual(days);
    expect(rows[0]).toEqual({ day: '2026-11-30', activePeople: 0, editors: 0, activityRate: 0, edits: 0, errors: 0, errorsPerActiveSession: null, satisfaction: null, memberCount: null });
  });

  it('puts each room’s activity and each error on its own day', () => {
    const rows = buildTeamSeries({
      days,
      memberCount: 4,
      today: d('2026-12-02'),
      memberHistory: [],
      activity: [
        { day: d('2026-12-01'), userId: 'ann', connects: 1, edits: 4 },
        { day: d('2026-12-01'), userId: 'ann', connects: 0, edits: 2 },
        { day: d('2026-12-01'), userId: 'bo', connects: 2, edits: 0 },
        { day: d('2026-12-02'), userId: 'cy', connects: 1, edits: 1 },
      ],
      errors: [
        { day: d('2026-12-01'), sessionId: 's1' },
        { day: d('2026-12-01'), sessionId: 's1' },
        { day: d('2026-12-01'), sessionId: 's2' },
      ],
      answers: [],
    });
    expect(rows[1]).toMatchObject({ activePeople: 2, editors: 1, edits: 6, activityRate: 0.5, errors: 3, errorsPerActiveSession: 1.5 });
    expect(rows[2]).toMatchObject({ activePeople: 1, editors: 1, edits: 1, activityRate: 0.25, errors: 0, errorsPerActiveSession: 0 });
  });

  it('averages the month’s answers given up to each day, starting afresh each month', () => {
    const rows = buildTeamSeries({
      days,
      memberCount: 2,
      today: d('2026-12-02'),
      memberHistory: [],
      activity: [],
      errors: [],
      answers: [
        { day: d('2026-11-02'), score: 2 },
        { day: d('2026-12-01'), score: 5 },
        { day: d('2026-12-02'), score: 2 },
      ],
    });
    expect(rows.map((row) => row.satisfaction)).toEqual([2, 5, 3.5]);
  });

  it('gives each day the member count recorded that day, today the count now, and none to a day without a record', () => {
    const rows = buildTeamSeries({
      days,
      memberCount: 6,
      today: d('2026-12-02'),
      memberHistory: [
        { day: d('2026-11-30'), members: 4 },
        { day: d('2026-12-02'), members: 5 }, // recorded this morning; two joined since
        { day: d('2026-12-03'), members: 9 }, // outside the range
      ],
      activity: [],
      errors: [],
      answers: [],
    });
    expect(rows.map((row) => row.memberCount)).toEqual([4, null, 6]);
  });

  it('rates each day’s activity against that day’s recorded members, and against today’s where none was recorded', () => {
    const activity = days.flatMap((day) => ['ann', 'bo'].map((userId) => ({ day, userId, connects: 1, edits: 0 })));
    const rows = buildTeamSeries({ days, memberCount: 8, today: d('2026-12-02'), memberHistory: [{ day: d('2026-11-30'), members: 2 }], activity, errors: [], answers: [] });
    // two active each day: 2 of 2 members on the recorded day, 2 of 8 (now) on the others
    expect(rows.map((row) => row.activityRate)).toEqual([1, 0.25, 0.25]);
  });
});
