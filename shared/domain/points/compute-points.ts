// The one points function: turns facts (check-ins, first task completions, labour sign-offs) into
// point events, each keyed by the fact it came from so nothing scores twice.
//
// Time zones: the team works to one calendar, so every instant is placed on a day of the TEAM's
// calendar with `teamOffsetMinutes` (minutes WEST of UTC, as Date#getTimezoneOffset gives: −480 for
// China). A check-in at 23:30 UTC is 07:30 the next morning in Beijing and scores for that next day,
// whatever zone the phone was set to. The check-in's own `day` field is not trusted for scoring: a
// client could write any day into it, so the day comes from `at`.
//
// Streaks count consecutive WORKING days of the calendar with a check-in. A non-working day neither
// breaks a streak nor extends it (a check-in on a Sunday still scores `checkIn`, and Monday's streak
// continues from Friday). A late check-in (10:47 instead of 08:00) counts for its day at its real time.
import type { TaskId, UserId } from '../../ids';
import { localIsoDay, type IsoDay } from '../../iso-day';
import { addWorkingDays, isWorkingDay, previousWorkingDay, type WorkingCalendar } from '../calendar/working-calendar';
import { addDays } from '../calendar/day-number';
import type { CheckIn } from './check-in';
import { POINT_RULES, type PointRule, type PointRules } from './point-rules';

/** A task's first move into its done column; later reopen/complete cycles must not produce new facts. */
export interface TaskCompletionFact {
  readonly taskId: TaskId;
  /** Epoch ms of the FIRST completion (if several arrive for one task, the earliest wins). */
  readonly firstCompletedAt: number;
  readonly dueDate: IsoDay | null;
  /** Epoch ms the task was created: one created on its completion's team day scores nothing. */
  readonly createdAt: number;
  /** Assignees at the first completion: each scores. */
  readonly assignees: readonly UserId[];
}

export interface LabourSignFact {
  readonly recordId: string;
  /** The day the work was done (the record's day). */
  readonly day: IsoDay;
  readonly signedBy: UserId;
  readonly signedAt: number;
}

export interface PointsInput {
  readonly calendar: WorkingCalendar;
  readonly teamOffsetMinutes: number;
  readonly checkIns: readonly CheckIn[];
  readonly completions: readonly TaskCompletionFact[];
  readonly signOffs: readonly LabourSignFact[];
  readonly rules?: PointRules;
}

export interface PointEvent {
  readonly userId: UserId;
  readonly day: IsoDay;
  readonly rule: PointRule;
  readonly points: number;
  /** The fact it came from: `checkIn:<user>:<day>`, `task:<id>:<user>`, `labour:<id>`. */
  readonly key: string;
}

export function computePoints(input: PointsInput): PointEvent[] {
  const rules = input.rules ?? POINT_RULES;
  const dayOf = (at: number): IsoDay => localIsoDay(at, input.teamOffsetMinutes);
  const events = new Map<string, PointEvent>();
  const add = (event: PointEvent): void => {
    if (!events.has(event.key)) events.set(event.key, event);
  };

  const daysByUser = new Map<UserId, Set<IsoDay>>();
  for (const checkIn of [...input.checkIns].sort((a, b) => a.at - b.at)) {
    const days = daysByUser.get(checkIn.userId) ?? new Set<IsoDay>();
    daysByUser.set(checkIn.userId, days);
    days.add(dayOf(checkIn.at));
  }
  for (const [userId, days] of daysByUser) {
    for (const day of [...days].sort()) {
      add({ userId, day, rule: 'checkIn', points: rules.checkIn, key: `checkIn:${userId}:${day}` });
      const earlier = isWorkingDay(input.calendar, day) ? streakBefore(input.calendar, days, day, rules.streakBonusMaxDays) : 0;
      if (earlier > 0) add({ userId, day, rule: 'streakBonus', points: earlier * rules.streakBonusPerDay, key: `streak:${userId}:${day}` });
    }
  }

  const tasksScored = new Map<string, number>();
  for (const fact of firstCompletions(input.completions).sort((a, b) => a.firstCompletedAt - b.firstCompletedAt || a.taskId.localeCompare(b.taskId))) {
    const day = dayOf(fact.firstCompletedAt);
    if (fact.dueDate === null || day > fact.dueDate || dayOf(fact.createdAt) >= day) continue;
    for (const userId of new Set(fact.assignees)) {
      const scored = tasksScored.get(`${userId}:${day}`) ?? 0;
      if (scored >= rules.taskOnTimeMaxPerDay) continue;
      tasksScored.set(`${userId}:${day}`, scored + 1);
      add({ userId, day, rule: 'taskOnTime', points: rules.taskOnTime, key: `task:${fact.taskId}:${userId}` });
    }
  }

  const signedScored = new Map<string, number>();
  const seenRecords = new Set<string>();
  for (const fact of [...input.signOffs].sort((a, b) => a.signedAt - b.signedAt || a.recordId.localeCompare(b.recordId))) {
    // one record reported twice (the relay and an open finance room) is one fact
    if (seenRecords.has(fact.recordId)) continue;
    seenRecords.add(fact.recordId);
    const day = dayOf(fact.signedAt);
    const deadline = addWorkingDays(input.calendar, previousWorkingDay(input.calendar, fact.day), rules.labourSignGraceWorkingDays);
    const scored = signedScored.get(`${fact.signedBy}:${day}`) ?? 0;
    if (day > deadline || scored >= rules.labourSignedOnTimeMaxPerDay) continue;
    signedScored.set(`${fact.signedBy}:${day}`, scored + 1);
    add({ userId: fact.signedBy, day, rule: 'labourSignedOnTime', points: rules.labourSignedOnTime, key: `labour:${fact.recordId}` });
  }
  return [...events.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.key.localeCompare(b.key));
}

/** Working days with a check-in right before `day`, walking back over non-working days, up to `max`. */
export function streakBefore(calendar: WorkingCalendar, days: ReadonlySet<IsoDay>, day: IsoDay, max: number): number {
  let count = 0;
  let cursor = previousWorkingDay(calendar, addDays(day, -1));
  while (count < max && days.has(cursor)) {
    count++;
    cursor = previousWorkingDay(calendar, addDays(cursor, -1));
  }
  return count;
}

function firstCompletions(facts: readonly TaskCompletionFact[]): TaskCompletionFact[] {
  const first = new Map<TaskId, TaskCompletionFact>();
  for (const fact of facts) {
    const known = first.get(fact.taskId);
    if (!known || fact.firstCompletedAt < known.firstCompletedAt) first.set(fact.taskId, fact);
  }
  return [...first.values()];
}
