import { describe, expect, it } from 'vitest';
import type { TaskId, UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from '../calendar/china-calendar';
import type { CheckIn } from './check-in';
import { computePoints, type PointEvent, type PointsInput } from './compute-points';
import { POINT_RULES } from './point-rules';

const ALICE = 'user_Alice000001' as UserId;
const BOB = 'user_Bob00000001' as UserId;
const CHINA = -480; // Beijing, minutes west of UTC
const calendar = chinaCalendar();
/** Tasks in these tests were planned the week before. */
const CREATED = Date.parse('2026-02-24T02:00:00Z');

/** 08:00 Beijing on a day, plus minutes. */
function beijing(day: string, minutesAfterEight = 0): number {
  return Date.parse(`${day}T00:00:00Z`) + minutesAfterEight * 60_000;
}

function checkIn(userId: UserId, at: number): CheckIn {
  return { userId, day: '1999-01-01' as IsoDay, at, note: '', siteName: '' };
}

function points(input: Partial<PointsInput>): PointEvent[] {
  return computePoints({ calendar, teamOffsetMinutes: CHINA, checkIns: [], completions: [], signOffs: [], ...input });
}

function byDay(events: readonly PointEvent[], userId: UserId): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const event of events) if (event.userId === userId) totals[event.day] = (totals[event.day] ?? 0) + event.points;
  return totals;
}

describe('check-in points and streaks', () => {
  it('a second check-in on the same day scores nothing', () => {
    expect(points({ checkIns: [checkIn(ALICE, beijing('2026-03-02')), checkIn(ALICE, beijing('2026-03-02', 300))] })).toHaveLength(1);
  });

  it('a weekend does not break the streak: Thu, Fri, Mon, Tue score 10, 12, 14, 16', () => {
    const days = ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'];
    expect(byDay(points({ checkIns: days.map((day) => checkIn(ALICE, beijing(day))) }), ALICE)).toEqual({
      '2026-03-05': 10, '2026-03-06': 12, '2026-03-09': 14, '2026-03-10': 16,
    });
  });

  it('across the 2026 Spring Festival: make-up Saturday 14 Feb counts, the nine days off (15–23 Feb) do not break the streak', () => {
    const days = ['2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24'];
    expect(byDay(points({ checkIns: days.map((day) => checkIn(ALICE, beijing(day))) }), ALICE)).toEqual({
      '2026-02-12': 10, '2026-02-13': 12, '2026-02-14': 14, '2026-02-24': 16,
    });
  });

  it('missing a working day breaks the streak; a check-in during the holiday scores but does not extend it', () => {
    const days = ['2026-02-13', '2026-02-18', '2026-02-24', '2026-02-26'];
    expect(byDay(points({ checkIns: days.map((day) => checkIn(ALICE, beijing(day))) }), ALICE)).toEqual({
      '2026-02-13': 10, '2026-02-18': 10, '2026-02-24': 10, '2026-02-26': 10,
    });
  });

  it('the streak bonus stops growing after five earlier days', () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'];
    const totals = byDay(points({ checkIns: days.map((day) => checkIn(ALICE, beijing(day))) }), ALICE);
    expect(Object.values(totals)).toEqual([10, 12, 14, 16, 18, 20, 20]);
  });

  it('the day comes from the real time in the team zone, not from the device: 23:30 UTC is the next Beijing morning', () => {
    const lateEvening = Date.parse('2026-03-02T23:30:00Z'); // 07:30 on 3 March in Beijing
    const events = points({ checkIns: [checkIn(ALICE, beijing('2026-03-02')), checkIn(ALICE, lateEvening)] });
    expect(byDay(events, ALICE)).toEqual({ '2026-03-02': 10, '2026-03-03': 12 });
    // the same instants for a team in London fall on one day
    expect(byDay(computePoints({ calendar, teamOffsetMinutes: 0, checkIns: [checkIn(ALICE, Date.parse('2026-03-02T09:00:00Z')), checkIn(ALICE, lateEvening)], completions: [], signOffs: [] }), ALICE)).toEqual({ '2026-03-02': 10 });
  });

  it('streaks across a weekend in the team zone: 07:30 Friday in Beijing (Thursday 23:30 UTC) is Friday, Monday continues it', () => {
    const thursday = checkIn(ALICE, beijing('2026-03-05'));
    const fridayDawn = checkIn(ALICE, Date.parse('2026-03-05T23:30:00Z'));
    const saturdayDawn = checkIn(ALICE, Date.parse('2026-03-06T23:30:00Z')); // 07:30 Saturday in Beijing: a day off
    const monday = checkIn(ALICE, beijing('2026-03-09'));
    expect(byDay(points({ checkIns: [thursday, fridayDawn, saturdayDawn, monday] }), ALICE)).toEqual({ '2026-03-05': 10, '2026-03-06': 12, '2026-03-07': 10, '2026-03-09': 14 });
    // for a team on UTC the same instants are Thu, Thu, Fri, Mon: one check-in on Thursday, then Fri and Mon in a row
    expect(byDay(computePoints({ calendar, teamOffsetMinutes: 0, checkIns: [thursday, fridayDawn, saturdayDawn, monday], completions: [], signOffs: [] }), ALICE))
      .toEqual({ '2026-03-05': 10, '2026-03-06': 12, '2026-03-09': 14 });
  });

  it('a late check-in (15:40 Beijing) still counts for its day and keeps the streak', () => {
    const events = points({ checkIns: [checkIn(ALICE, beijing('2026-03-02')), checkIn(ALICE, beijing('2026-03-03', 460))] });
    expect(byDay(events, ALICE)).toEqual({ '2026-03-02': 10, '2026-03-03': 12 });
  });
});

describe('tasks completed on time', () => {
  const task = 'task_Pour0000001' as TaskId;

  it('scores each assignee once, on the day of the first completion', () => {
    const events = points({ completions: [{ taskId: task, firstCompletedAt: beijing('2026-03-04'), dueDate: '2026-03-04' as IsoDay, createdAt: CREATED, assignees: [ALICE, BOB, ALICE] }] });
    expect(events.map((event) => [event.userId, event.day, event.points])).toEqual([[ALICE, '2026-03-04', 20], [BOB, '2026-03-04', 20]]);
  });

  it('completing, reopening and completing again never scores twice; a later fact cannot make a late task on time', () => {
    const first = { taskId: task, firstCompletedAt: beijing('2026-03-06'), dueDate: '2026-03-05' as IsoDay, createdAt: CREATED, assignees: [ALICE] };
    expect(points({ completions: [first, { ...first, firstCompletedAt: beijing('2026-03-05') - 86_400_000 * 3, dueDate: '2026-03-05' as IsoDay }] })).toHaveLength(1);
    expect(points({ completions: [first, { ...first, firstCompletedAt: beijing('2026-03-09') }] })).toEqual([]);
    const onTime = { ...first, dueDate: '2026-03-06' as IsoDay };
    expect(points({ completions: [onTime, onTime, { ...onTime, firstCompletedAt: beijing('2026-03-06', 60) }] })).toHaveLength(1);
  });

  it('a task created on the day it is finished scores nothing: a task made up to finish is not a plan kept', () => {
    const sameDay = { taskId: task, firstCompletedAt: beijing('2026-03-04', 60), dueDate: '2026-03-04' as IsoDay, createdAt: beijing('2026-03-04'), assignees: [ALICE] };
    expect(points({ completions: [sameDay] })).toEqual([]);
    // 23:00 UTC on 3 March is 07:00 on 4 March in Beijing: still the same team day
    expect(points({ completions: [{ ...sameDay, createdAt: Date.parse('2026-03-03T23:00:00Z') }] })).toEqual([]);
    expect(points({ completions: [{ ...sameDay, createdAt: Date.parse('2026-03-03T15:00:00Z') }] })).toHaveLength(1);
  });

  it(`at most ${POINT_RULES.taskOnTimeMaxPerDay} tasks score per person per day, the first finished first`, () => {
    const fact = (n: number, completedAt: number) => ({ taskId: `task_Many000000${n}` as TaskId, firstCompletedAt: completedAt, dueDate: '2026-03-05' as IsoDay, createdAt: CREATED, assignees: [ALICE, BOB] });
    const tasks = [5, 1, 4, 2, 3].map((n) => fact(n, beijing('2026-03-04', n)));
    const events = points({ completions: tasks });
    expect(events.filter((event) => event.userId === ALICE).map((event) => event.key)).toEqual(['task:task_Many0000001:' + ALICE, 'task:task_Many0000002:' + ALICE, 'task:task_Many0000003:' + ALICE]);
    expect(byDay(events, BOB)).toEqual({ '2026-03-04': 3 * POINT_RULES.taskOnTime });
    expect(byDay(points({ completions: [...tasks, fact(6, beijing('2026-03-05'))] }), ALICE)).toEqual({ '2026-03-04': 60, '2026-03-05': 20 });
  });

  it('a task with no due date scores nothing (there is no "on time")', () => {
    expect(points({ completions: [{ taskId: task, firstCompletedAt: beijing('2026-03-04'), dueDate: null, createdAt: CREATED, assignees: [ALICE] }] })).toEqual([]);
  });
});

describe('labour signed on time', () => {
  it('by the next working day scores the signer once; later does not; a Friday record may be signed on Monday', () => {
    const events = points({
      signOffs: [
        { recordId: 'lab_1', day: '2026-03-02' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-03', 600) },
        { recordId: 'lab_1', day: '2026-03-02' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-03', 700) },
        { recordId: 'lab_2', day: '2026-03-02' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-04') },
        { recordId: 'lab_3', day: '2026-03-06' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-09') },
      ],
    });
    expect(events.map((event) => event.key)).toEqual(['labour:lab_1', 'labour:lab_3']);
    expect(events.every((event) => event.points === POINT_RULES.labourSignedOnTime)).toBe(true);
  });

  it(`at most ${POINT_RULES.labourSignedOnTimeMaxPerDay} records score per signer per day, the first signed first`, () => {
    const signOffs = Array.from({ length: 14 }, (_, n) => ({ recordId: `lab_${String(n).padStart(2, '0')}`, day: '2026-03-02' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-02', 60 + n) }));
    const events = points({ signOffs: [...signOffs].reverse() });
    expect(events.map((event) => event.key)).toEqual(signOffs.slice(0, POINT_RULES.labourSignedOnTimeMaxPerDay).map((fact) => `labour:${fact.recordId}`));
    // the next day the cap starts again; a record reported twice still counts once toward it
    const nextDay = { recordId: 'lab_next', day: '2026-03-02' as IsoDay, signedBy: BOB, signedAt: beijing('2026-03-03') };
    expect(byDay(points({ signOffs: [...signOffs, nextDay, nextDay] }), BOB)).toEqual({ '2026-03-02': 50, '2026-03-03': 5 });
  });
});
