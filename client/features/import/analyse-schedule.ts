// A schedule sheet read and planned against the project, as the import worker does it off the main
// thread: parseSchedule (header row, mapping, day order, the workspace's working calendar), the
// project's current schedule when an earlier import's tasks are there (so a file's start that is where
// a task already is counts as no change), then planImport against the project's tasks and links.
// Plain data in and out, so it crosses postMessage. The project's tasks and links are sent once per
// project change, not with every preview asked (another header row, mapping or day order): a request
// says 'as-before' and the worker's analyser uses the records it last got, and the schedule it made of
// them while the calendar and the day stay the same.
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import type { CalendarSettings } from '../../../shared/domain/calendar/calendar-settings';
import type { MemberName } from '../../../shared/domain/import/match-members';
import { scheduledStarts } from '../../../shared/domain/import/scheduled-starts';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport, type ExistingLink, type ExistingTask, type ImportPlan } from '../../../shared/domain/import/plan-import';
import type { ColumnMapping, ParsedSchedule, Sheet } from '../../../shared/domain/import/sheet-types';
import type { IsoDay } from '../../../shared/iso-day';

/** A project task as the worker needs it: what the plan compares, and what scheduling it takes. */
export interface RequestTask extends ExistingTask {
  readonly start: IsoDay | null;
  readonly scheduleMode: 'auto' | 'manual';
}

export interface ScheduleRequest {
  readonly sheetIndex: number;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly dayOrder: DayOrder;
  readonly calendar: CalendarSettings;
  /** The project's records, or 'as-before' when they haven't changed since the last request to this worker. */
  readonly existing: ProjectRecords | 'as-before';
  readonly members: readonly MemberName[];
  /** Names no member has that the person chose to skip (the others are kept on their tasks); missing = none. */
  readonly skipNames?: readonly string[];
  /** This device's day: where a project with no dated task would start (as the export has it). */
  readonly today: IsoDay;
}

export interface ProjectRecords {
  readonly tasks: readonly RequestTask[];
  readonly links: readonly ExistingLink[];
}

export interface ScheduleAnalysis {
  readonly parsed: ParsedSchedule;
  readonly plan: ImportPlan;
}

/** One analysis on its own: the request must carry the project's records. */
export function analyseSchedule(sheet: Sheet, request: ScheduleRequest): ScheduleAnalysis {
  const analysis = makeScheduleAnalyser()(sheet, request);
  if (analysis === null) throw new Error("an 'as-before' request needs the analyser that got the records");
  return analysis;
}

/**
 * Analyses with the project's records kept from one request to the next (one analyser per worker).
 * Null when a request says 'as-before' but no records came yet. Not reactive.
 */
export function makeScheduleAnalyser(): (sheet: Sheet, request: ScheduleRequest) => ScheduleAnalysis | null {
  let project: ProjectRecords | null = null;
  let scheduled: { readonly key: string; readonly starts: ReadonlyMap<string, IsoDay> } | null = null;
  return (sheet, request) => {
    if (request.existing !== 'as-before') {
      project = request.existing;
      scheduled = null;
    }
    if (project === null) return null;
    const calendar = buildWorkingCalendar(request.calendar);
    const parsed = parseSchedule(sheet, { headerRow: request.headerRow, mapping: request.mapping, dayOrder: request.dayOrder, calendar });
    const { tasks, links } = project;
    // only tasks an earlier import made can match a row: without any, the schedule isn't needed
    const key = JSON.stringify([request.calendar, request.today]);
    if (scheduled?.key !== key) {
      const starts = tasks.some((task) => task.importKey !== null)
        ? scheduledStarts(tasks.map((task) => ({
          id: task.id, parentId: task.parentId, start: task.start, duration: task.duration,
          mode: task.start === null ? 'auto' : task.scheduleMode, constraint: task.constraint, percentComplete: task.percentComplete,
        })), links, calendar, request.today)
        : new Map<string, IsoDay>();
      scheduled = { key, starts };
    }
    const starts = scheduled.starts;
    const existing = tasks.map((task): ExistingTask => ({ ...task, scheduledStart: starts.get(task.id) ?? null }));
    return { parsed, plan: planImport(parsed, { tasks: existing, links }, { members: request.members, skipNames: request.skipNames }) };
  };
}

/** Only the fields the plan compares and scheduling takes, so the request stays small and holds nothing postMessage can't copy. */
export function toRequestTask(task: RequestTask): RequestTask {
  return {
    id: task.id, title: task.title, description: task.description, parentId: task.parentId, duration: task.duration,
    percentComplete: task.percentComplete, constraint: task.constraint === null ? null : { ...task.constraint }, assignees: [...task.assignees],
    pendingAssignees: [...(task.pendingAssignees ?? [])], importKey: task.importKey,
    start: task.start, scheduleMode: task.scheduleMode,
  };
}

export function toExistingLink(link: ExistingLink): ExistingLink {
  return { id: link.id, from: link.from, to: link.to, type: link.type, lag: link.lag };
}
