import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { makeCalendar } from '../calendar/working-calendar';
import { summarizeTeamQuarter } from './team-quarter';
import type { TeamMetricsDay } from './team-metrics-wire';

const teamDay = (day: string, fields: Partial<TeamMetricsDay> = {}): TeamMetricsDay => ({
  day: day as IsoDay, activePeople: 0, editors: 0, activityRate: 0, edits: 0, errors: 0, errorsPerActiveSession: null, satisfaction: null, memberCount: null, ...fields,
});
/** Monday to Friday, with Friday 2026-10-02 a holiday and Saturday 2026-10-10 a make-up working day. */
const calendar = makeCalendar({ holidays: new Set(['2026-10-02' as IsoDay]), makeUpWorkdays: new Set(['2026-10-10' as IsoDay]) });

describe('summarizeTeamQuarter', () => {
  it('averages the activity rate over working days, quiet ones as 0, leaving out quiet days off', () => {
    const summary = summarizeTeamQuarter(
      [
        teamDay('2026-10-01', { activePeople: 2, activityRate: 0.5, edits: 7, errorsPerActiveSession: 0 }), // Thursday
        teamDay('2026-10-02'), // holiday, quiet: left out
        teamDay('2026-10-03', { activePeople: 4, activityRate: 1, edits: 3, errorsPerActiveSession: 0 }), // Saturday, active: counted
        teamDay('2026-10-04'), // Sunday, quiet: left out
        teamDay('2026-10-05'), // Monday, quiet: 0
        teamDay('2026-10-10'), // make-up Saturday, quiet: 0
      ],
      calendar,
    );
    expect(summary).toMatchObject({ countedDays: 4, activeDays: 2, edits: 10, errors: 0, errorsPerActiveSession: 0 });
    expect(summary.activityRate).toBe(0.375);
  });
  it('divides all error reports by all active sessions, recovering the sessions of days with errors from their rate', () => {
    // day 1: 3 errors from 2 sessions of 1 person (rate 1.5); day 2: 1 person, no errors
    const summary = summarizeTeamQuarter([teamDay('2026-10-05', { activePeople: 1, errors: 3, errorsPerActiveSession: 1.5 }), teamDay('2026-10-06', { activePeople: 1, errorsPerActiveSession: 0 })], calendar);
    expect(summary.errors).toBe(3);
    expect(summary.errorsPerActiveSession).toBe(1);
  });
  it("takes each month's last mean and averages the months", () => {
    const summary = summarizeTeamQuarter(
      [teamDay('2026-10-20', { satisfaction: 4 }), teamDay('2026-10-05', { satisfaction: 3 }), teamDay('2026-10-31'), teamDay('2026-11-02', { satisfaction: 2 })],
      calendar,
    );
    expect(summary.satisfaction).toBe(3);
  });
  it('has no rates without members, activity or answers', () => {
    expect(summarizeTeamQuarter([teamDay('2026-10-05', { activityRate: null })], calendar)).toMatchObject({ activityRate: null, errorsPerActiveSession: null, satisfaction: null });
    expect(summarizeTeamQuarter([], calendar)).toMatchObject({ countedDays: 0, activityRate: null });
  });
});
