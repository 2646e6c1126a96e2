// 智能排程 as one command: every auto-mode task moves to its earliest feasible start in one
// transaction, so one click is one undo step and one update on the wire. Manual tasks keep their
// dates; the links they break come back as violations for the Gantt to flag.
import type * as Y from 'yjs';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { computeSchedule } from '../domain/schedule/compute-schedule';
import { toScheduleInput } from '../domain/schedule/from-records';
import type { LinkViolation } from '../domain/schedule/schedule-types';
import type { IsoDay } from '../iso-day';
import { ok, type Result } from '../result';
import { isRecordMap } from './fields';
import { readProject } from './project-read';
import { projectRoots } from './project-roots';

export interface AutoScheduleOutcome {
  /** Tasks whose start changed. */
  readonly moved: number;
  readonly violations: readonly LinkViolation[];
  /** Groups of tasks linked in a loop: their links were ignored. */
  readonly cycles: readonly (readonly string[])[];
}

export function autoSchedule(doc: Y.Doc, calendar: WorkingCalendar, projectStart: IsoDay, now: number, origin: unknown): Result<AutoScheduleOutcome, never> {
  const { tasks, links } = readProject(doc);
  const result = computeSchedule({ ...toScheduleInput(tasks, links), calendar, projectStart });
  const moves = tasks.flatMap((task) => {
    const scheduled = result.tasks.get(task.id);
    if (scheduled === undefined || scheduled.isSummary || task.scheduleMode === 'manual') return [];
    return scheduled.start === task.start ? [] : [{ id: task.id, start: scheduled.start }];
  });
  if (moves.length > 0) {
    const records = projectRoots(doc).tasks;
    doc.transact(() => {
      for (const move of moves) {
        const record = records.get(move.id);
        if (!isRecordMap(record)) continue;
        record.set('start', move.start);
        record.set('updatedAt', now);
      }
    }, origin);
  }
  return ok({ moved: moves.length, violations: result.violations, cycles: result.cycles });
}
