import { describe, expect, it } from 'vitest';
import { ALICE, BOB, COLUMNS, DONE, PROJECT, day, task } from '../../../shared/domain/briefing/briefing-fixtures';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import type { CheckIn } from '../../../shared/domain/points';
import { nextProgress } from './today-actions';
import type { TodayProject } from './today-model';
import { buildPointsView } from './today-points';

const calendar = chinaCalendar();
const CHINA = -480;
/** 09:00 in Beijing on a day. */
const morning = (iso: string): number => Date.parse(`${iso}T01:00:00Z`);
const checkIn = (userId: CheckIn['userId'], iso: string): CheckIn => ({ userId, day: day(iso), at: morning(iso), note: '', siteName: '' });
const project = (tasks: TodayProject['tasks']): TodayProject => ({ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks, links: [], scheduled: new Map() });

describe('points view', () => {
  it('sums my check-ins and streak this week and month and ranks the team', () => {
    const checkIns = [checkIn(ALICE, '2026-03-09'), checkIn(ALICE, '2026-03-10'), checkIn(BOB, '2026-03-10'), checkIn(ALICE, '2026-03-06')];
    const view = buildPointsView({ calendar, offsetMinutes: CHINA, today: day('2026-03-10'), userId: ALICE, checkIns, projects: [], signOffs: [], flaggedCheckIns: [] });
    // Fri 6 Mar 10 (last week), Mon 9 Mar 10+2, Tue 10 Mar 10+4
    expect(view.myWeek).toBe(26);
    expect(view.myMonth).toBe(36);
    expect(view.week).toEqual([{ userId: ALICE, points: 26, rank: 1 }, { userId: BOB, points: 10, rank: 2 }]);
    expect(view.streak).toBe(3);
  });

  it('a task done on or before its due date scores its assignees once; one done late scores nothing', () => {
    const tasks = [
      task('onTime', { columnId: DONE, assignees: [BOB], dueDate: day('2026-03-04'), updatedAt: morning('2026-03-04') }),
      task('late', { columnId: DONE, assignees: [BOB], dueDate: day('2026-03-02'), updatedAt: morning('2026-03-04') }),
      task('open', { assignees: [BOB], dueDate: day('2026-03-04') }),
    ];
    const view = buildPointsView({ calendar, offsetMinutes: CHINA, today: day('2026-03-04'), userId: ALICE, checkIns: [], projects: [project(tasks)], signOffs: [], flaggedCheckIns: [] });
    expect(view.week).toEqual([{ userId: BOB, points: 20, rank: 1 }]);
    expect(view.myWeek).toBe(0);
  });

  it('labour signed on time counts for the signer on the leaderboard, once even when the relay and the finance room both report it', () => {
    const onTime = { recordId: 'lab_OnTime000001', day: day('2026-03-09'), signedBy: BOB, signedAt: morning('2026-03-10') };
    const late = { recordId: 'lab_Late00000001', day: day('2026-03-05'), signedBy: BOB, signedAt: morning('2026-03-10') };
    const view = buildPointsView({ calendar, offsetMinutes: CHINA, today: day('2026-03-10'), userId: ALICE, checkIns: [checkIn(ALICE, '2026-03-10')], projects: [], signOffs: [onTime, late, { ...onTime }], flaggedCheckIns: [] });
    expect(view.week).toEqual([{ userId: ALICE, points: 10, rank: 1 }, { userId: BOB, points: 5, rank: 2 }]);
  });
});

describe('check-ins the relay flagged', () => {
  it('score nothing and keep no streak; the same person\'s other days still count', () => {
    const checkIns = [checkIn(ALICE, '2026-03-09'), checkIn(ALICE, '2026-03-10'), checkIn(BOB, '2026-03-10')];
    const forged = { key: `${ALICE}:2026-03-09`, at: morning('2026-03-09'), reason: 'day-mismatch' as const };
    const notOwn = { key: `${BOB}:2026-03-10`, at: morning('2026-03-10'), reason: 'not-own' as const };
    const view = buildPointsView({ calendar, offsetMinutes: CHINA, today: day('2026-03-10'), userId: ALICE, checkIns, projects: [], signOffs: [], flaggedCheckIns: [forged, notOwn] });
    expect(view.week).toEqual([{ userId: ALICE, points: 10, rank: 1 }]);
    expect(view.streak).toBe(1);
  });
});

describe('one-tap progress', () => {
  it('steps by a quarter up to 100 and stops there', () => {
    expect([0, 10, 25, 74, 75, 99].map((percentComplete) => nextProgress(task('t', { percentComplete })))).toEqual([25, 25, 50, 75, 100, 100]);
    expect(nextProgress(task('t', { percentComplete: 100 }))).toBeNull();
  });
});
