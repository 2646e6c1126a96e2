// The project's schedule as an export table: the records scheduled with the workspace calendar (so
// the file shows the dates the Gantt shows), WBS codes derived from the outline, member names.
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { buildScheduleTable } from '../../../shared/domain/export/schedule-table';
import type { ExportTable } from '../../../shared/domain/export/export-cell';
import { exportProjectStart } from '../../../shared/domain/import/scheduled-starts';
import { computeSchedule } from '../../../shared/domain/schedule/compute-schedule';
import { toScheduleInput } from '../../../shared/domain/schedule/from-records';
import { wbsCodes } from '../../../shared/domain/schedule/wbs-codes';
import type { IsoDay } from '../../../shared/iso-day';
import type { Task, TaskLink } from '../../../shared/schema';

export interface ScheduleExportInput {
  readonly tasks: readonly Task[];
  readonly links: readonly TaskLink[];
  readonly calendar: WorkingCalendar;
  /** Where tasks without a start or constraint begin (the earliest date the project has, or today). */
  readonly fallbackStart: IsoDay;
  readonly memberNames: ReadonlyMap<string, string>;
  readonly language: 'en' | 'zh-CN';
}

export function scheduleExportTable(input: ScheduleExportInput): ExportTable {
  const schedule = computeSchedule({ ...toScheduleInput(input.tasks, input.links), calendar: input.calendar, projectStart: exportProjectStart(input.tasks, input.fallbackStart) });
  return buildScheduleTable({
    tasks: input.tasks, links: input.links, wbs: wbsCodes(input.tasks), dates: schedule.tasks,
    memberNames: input.memberNames, language: input.language,
  });
}
