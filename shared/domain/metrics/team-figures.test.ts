import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { averageSatisfaction, computeTeamDay, type ActivityRow } from './team-figures';

const day = '2026-12-02' as IsoDay;
const otherDay = '2026-12-01' as IsoDay;

const activity: ActivityRow[] = [
  { day, userId: 'ann', connects: 2, edits: 5 },
  { day, userId: 'ann', connects: 1, edits: 3 },
  { day, userId: 'bo', connects: 1, edits: 0 },
  { day: otherDay, userId: 'cy', connects: 1, edits: 9 },
];

describe('computeTeamDay', () => {
  it('counts each person once across rooms, editors apart, and edits of that day only', () => {
    const figures = computeTeamDay({ day, memberCount: 4, activity, errors: [] });
    expect(figures).toMatchObject({ activePeople: 2, editors: 1, edits: 8, activityRate: 0.5, errors: 0, errorsPerActiveSession: 0 });
  });

  it('divides the day\'s error reports by the active sessions', () => {
    const errors = [
      { day, sessionId: 's1' },
      { day, sessionId: 's1' },
      { day, sessionId: 's2' },
      { day: otherDay, sessionId: 's3' },
    ];
    expect(computeTeamDay({ day, memberCount: 4, activity, errors }).errorsPerActiveSession).toBe(1.5);
  });

  it('has no rates when there are no members or nobody was active', () => {
    const figures = computeTeamDay({ day: '2026-11-30' as IsoDay, memberCount: 0, activity, errors: [] });
    expect(figures.activityRate).toBeNull();
    expect(figures.errorsPerActiveSession).toBeNull();
  });
});

describe('averageSatisfaction', () => {
  it('averages valid 1–5 answers and ignores others', () => {
    expect(averageSatisfaction([5, 4, 3, 9, 0])).toBe(4);
    expect(averageSatisfaction([])).toBeNull();
  });
});
