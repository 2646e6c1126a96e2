// The points card's numbers: point events from the workspace's check-ins, the projects' tasks and the
// labour sign-offs (from the relay for everyone, and from the open finance rooms for finance roles;
// computePoints scores each record once), my totals this week and month, and the team leaderboards by
// week and month.
// Plain data in and out, so it tests without a DOM.
import { isTaskDone } from '../../../shared/domain/briefing/task-state';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import {
  computePoints, countedCheckIns, leaderboard, monthOf, streakBefore, weekOf,
  type CheckIn, type FlaggedCheckIn, type LabourSignFact, type LeaderboardRow, type TaskCompletionFact,
} from '../../../shared/domain/points';
import { isWorkingDay } from '../../../shared/domain/calendar/working-calendar';
import type { UserId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import type { TodayProject } from './today-model';

export interface PointsView {
  readonly myWeek: number;
  readonly myMonth: number;
  readonly week: readonly LeaderboardRow[];
  readonly month: readonly LeaderboardRow[];
  /** Working days in a row up to today (today included once checked in). */
  readonly streak: number;
}

export interface PointsSource {
  readonly calendar: WorkingCalendar;
  readonly offsetMinutes: number;
  readonly today: IsoDay;
  readonly userId: UserId;
  readonly checkIns: readonly CheckIn[];
  readonly projects: readonly TodayProject[];
  /** Labour sign-offs of the workspace's projects; the same record may come from several sources. */
  readonly signOffs: readonly LabourSignFact[];
  /** Check-ins the relay flagged (a forged or replaced one): they score nothing and keep no streak. */
  readonly flaggedCheckIns: readonly FlaggedCheckIn[];
}

/**
 * The documents don't record when a task was first done; a done task's last change (`updatedAt`)
 * stands in for it. A later edit can only move that time later (losing an on-time score, never
 * gaining one), and the points function scores each task once, so toggling a task gains nothing.
 */
export function completionFacts(projects: readonly TodayProject[]): TaskCompletionFact[] {
  const facts: TaskCompletionFact[] = [];
  for (const project of projects) {
    for (const task of project.tasks) {
      if (task.dueDate !== null && isTaskDone(project.columns, task)) {
        facts.push({ taskId: task.id, firstCompletedAt: task.updatedAt, dueDate: task.dueDate, createdAt: task.createdAt, assignees: task.assignees });
      }
    }
  }
  return facts;
}

export function buildPointsView(input: PointsSource): PointsView {
  const source = { ...input, checkIns: countedCheckIns(input.checkIns, input.flaggedCheckIns) };
  const events = computePoints({
    calendar: source.calendar, teamOffsetMinutes: source.offsetMinutes, checkIns: source.checkIns, completions: completionFacts(source.projects), signOffs: source.signOffs,
  });
  const week = leaderboard(events, weekOf(source.today));
  const month = leaderboard(events, monthOf(source.today));
  const mine = (rows: readonly LeaderboardRow[]): number => rows.find((row) => row.userId === source.userId)?.points ?? 0;
  return { myWeek: mine(week), myMonth: mine(month), week, month, streak: streakOf(source) };
}

function streakOf(source: Pick<PointsSource, 'checkIns' | 'userId' | 'offsetMinutes' | 'calendar' | 'today'>): number {
  const days = new Set(source.checkIns.filter((c) => c.userId === source.userId).map((c) => localIsoDay(c.at, source.offsetMinutes)));
  const earlier = streakBefore(source.calendar, days, source.today, Number.MAX_SAFE_INTEGER);
  const today = days.has(source.today) && isWorkingDay(source.calendar, source.today) ? 1 : 0;
  return earlier + today;
}
