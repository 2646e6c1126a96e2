// A schedule sheet read and planned against the project, as the import worker does it off the main
// thread: parseSchedule (header row, mapping, day order, the workspace's working calendar) then
// planImport against the project's tasks and links. Plain data in and out, so it crosses postMessage.
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import type { CalendarSettings } from '../../../shared/domain/calendar/calendar-settings';
import type { MemberName } from '../../../shared/domain/import/match-members';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport, type ExistingLink, type ExistingTask, type ImportPlan } from '../../../shared/domain/import/plan-import';
import type { ColumnMapping, ParsedSchedule, Sheet } from '../../../shared/domain/import/sheet-types';

export interface ScheduleRequest {
  readonly sheetIndex: number;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly dayOrder: DayOrder;
  readonly calendar: CalendarSettings;
  readonly existing: { readonly tasks: readonly ExistingTask[]; readonly links: readonly ExistingLink[] };
  readonly members: readonly MemberName[];
}

export interface ScheduleAnalysis {
  readonly parsed: ParsedSchedule;
  readonly plan: ImportPlan;
}

export function analyseSchedule(sheet: Sheet, request: ScheduleRequest): ScheduleAnalysis {
  const parsed = parseSchedule(sheet, { headerRow: request.headerRow, mapping: request.mapping, dayOrder: request.dayOrder, calendar: buildWorkingCalendar(request.calendar) });
  return { parsed, plan: planImport(parsed, request.existing, { members: request.members }) };
}

/** Only the fields planImport compares, so the request stays small and holds nothing postMessage can't copy. */
export function toExistingTask(task: ExistingTask): ExistingTask {
  return {
    id: task.id, title: task.title, description: task.description, parentId: task.parentId, duration: task.duration,
    percentComplete: task.percentComplete, constraint: task.constraint === null ? null : { ...task.constraint }, assignees: [...task.assignees], importKey: task.importKey,
  };
}

export function toExistingLink(link: ExistingLink): ExistingLink {
  return { id: link.id, from: link.from, to: link.to, type: link.type, lag: link.lag };
}
